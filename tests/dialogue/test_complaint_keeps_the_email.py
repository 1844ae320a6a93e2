"""The resident's e-mail is kept with the complaint: said in the complaint itself («reclamo de Pedro Soto, correo
psoto@hotmail.com, por …»), told while its preview waits («su correo es …»), or right after it was stored (a change
with a preview that says what it was, an audit row and undo). It is never cut into the description nor read as a
contact's, and the complaint's detail shows it. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("line", "email"), [
    ("reclamo de Pedro Soto, correo psoto@hotmail.com, por basura acumulada en calle Prat 300", "psoto@hotmail.com"),
    ("Reclamo de la señora Ana Ríos (mail: ana.rios@gmail.com): luminaria apagada en pasaje Los Olmos 45",
     "ana.rios@gmail.com"),
    ("la vecina Marta Leiva reclama por un perro muerto en la plaza, su correo es mleiva@yahoo.es", "mleiva@yahoo.es"),
    ("reclamo don luis soto email lsoto@gmail.com hoyo en la vereda de calle prat 120", "lsoto@gmail.com"),
    ("reclamo del vecino Jorge Díaz por ruidos molestos de un taller en Freire 210, correo electrónico "
     "jdiaz@outlook.com, fono 9 1234 5678", "jdiaz@outlook.com"),
])
def test_an_email_said_in_the_complaint_is_kept_apart(chat, dispatcher, line: str, email: str) -> None:
    proposed, saved, shown = chat(line, "sí", "muéstrame el reclamo 1")
    assert email in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.email == email, saved.text
    assert "@" not in complaint.description and "correo" not in complaint.description.lower(), complaint.description
    assert email in shown.text, shown.text


@pytest.mark.parametrize("line", [
    "su correo es pedro.soto@gmail.com",
    "el mail de la vecina es pedro.soto@gmail.com",
    "correo: pedro.soto@gmail.com",
    "ah y su email pedro.soto@gmail.com porfa",
])
def test_an_email_told_while_the_preview_waits_fills_it(chat, dispatcher, line: str) -> None:
    _, amended, saved = chat("reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234", line, "sí")
    assert "pedro.soto@gmail.com" in amended.text and "Nuevo reclamo" in amended.text, amended.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.email == "pedro.soto@gmail.com", saved.text
    assert complaint.citizen == "Rosa Muñoz" and not stored(dispatcher, Contact)


@pytest.mark.parametrize("line", [
    "su correo es rmunoz@gmail.com",
    "El correo de la vecina es rmunoz@gmail.com",
    "ah, y su mail: rmunoz@gmail.com",
    "el correo de doña Rosa es rmunoz@gmail.com",
    "anote el mail de la vecina: rmunoz@gmail.com",
])
def test_an_email_told_after_storing_is_a_change_with_undo(chat, dispatcher, line: str) -> None:
    _, _, proposed, saved = chat("reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234", "sí",
                                 line, "sí")
    assert "Correo: rmunoz@gmail.com (antes: sin correo)" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.email == "rmunoz@gmail.com" and not complaint.notes, saved.text
    assert complaint.citizen == "Rosa Muñoz" and "Vecino/a" not in proposed.text
    assert not stored(dispatcher, Contact)
    chat("deshacer")
    assert stored(dispatcher, Complaint)[0].email is None


def test_a_second_email_replaces_the_first_and_says_it(chat, dispatcher) -> None:
    *_, proposed = chat("reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234", "sí",
                        "su correo es rmunoz@gmail.com", "sí", "su correo es otra@correo.cl")
    assert "(antes: rmunoz@gmail.com)" in proposed.text, proposed.text
