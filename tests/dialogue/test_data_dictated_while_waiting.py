"""A voice note says a phone or an e-mail in words, with the pauses of speech («nueve ocho ocho siete seis, cinco
cuatro tres dos», «curibe arroba saludosorno punto cl»): said while a proposal waits it is a detail of that
proposal, never a new question (the «el nueve» of a phone is no day), and said in the request it is stored as typed."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = ("reclamo de la señora eh Gladys Paredes, vive en, en pasaje Los Notros numero trescientos doce, dice que "
             "el camion de la basura no pasa hace dos semanas")


@pytest.mark.parametrize("detail", [
    "su telefono es el nueve ocho ocho siete seis, cinco cuatro tres dos",
    "Le informo que el número de contacto de la vecina es el nueve ocho ocho, siete seis cinco cuatro, tres dos",
    "ah y el cel d la señora es nueve, ocho ocho siete seis, cinco cuatro tres dos xfa",
    "anotá su fono: nueve ochenta y ocho, setenta y seis, cincuenta y cuatro, treinta y dos",
])
def test_a_phone_said_with_pauses_joins_the_waiting_complaint(chat, dispatcher, detail) -> None:
    first, changed, saved = chat(COMPLAINT, detail, "si po")
    assert "312" in first.text and "trescientos" not in first.text, first.text
    assert "8876" in changed.text.replace(" ", "") and changed.pending is not None, changed.text
    assert "efeméride" not in changed.text.lower(), changed.text
    assert saved.stored, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone == "+56988765432"
    assert complaint.address == "pasaje Los Notros 312"


def test_a_phone_said_with_pauses_in_the_request_is_its_phone(chat, dispatcher) -> None:
    _, saved = chat("reclamo de don Pedro Soto por un hoyo en la calle Prat, su celular es nueve ocho ocho siete "
                    "seis, cinco cuatro tres dos", "sí")
    assert saved.stored, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone == "+56988765432"


@pytest.mark.parametrize(("request_", "email"), [
    ("ya anota un contacto nuevo, es la, la doctora Carolina Uribe, directora del cesfam Rahue, el celular es "
     "9 8234 5678 y el correo curibe arroba saludosorno punto cl", "curibe@saludosorno.cl"),
    ("agregue por favor a don Juan Soto, jefe de gabinete, correo juan punto soto arroba muni osorno punto cl",
     "juan.soto@muniosorno.cl"),
])
def test_an_email_said_in_words_is_stored_with_the_contact(chat, dispatcher, request_, email) -> None:
    shown, saved = chat(request_, "si")
    assert email in shown.text, shown.text
    assert saved.stored, saved.text
    [contact] = stored(dispatcher, Contact)
    assert contact.email == email


@pytest.mark.parametrize("detail", ["su correo es rosa punto diaz arroba gmail punto com",
                                    "mail: rosa punto diaz arroba gmail punto com"])
def test_an_email_said_in_words_joins_the_waiting_complaint(chat, dispatcher, detail) -> None:
    _, changed, saved = chat("reclamo de la vecina Rosa Díaz por perros sueltos en la plaza", detail, "sí")
    assert "rosa.diaz@gmail.com" in changed.text, changed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.email == "rosa.diaz@gmail.com", saved.text
