"""The resident's phone, address or name told right after a complaint was stored or shown («su número es el …», «el
fono de la vecina es …», «la dirección es …») is set on that complaint, with a preview that says what it was, an
audit row and undo; it is neither a note nor a contact's change. A sentence with more in it is no such detail."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de la vecina Marta Leiva: hay un perro muerto en la plaza hace dos días"


@pytest.mark.parametrize(("line", "slot", "value", "before"), [
    ("su número es el 9 6543 2109", "phone", "+56965432109", "sin teléfono"),
    ("El fono de la vecina es 987654321", "phone", "+56987654321", "sin teléfono"),
    ("ah y su cel: +56 9 7111 2233", "phone", "+56971112233", "sin teléfono"),
    ("la dirección es Los Aromos 45", "address", "Los Aromos 45", "sin dirección"),
    ("vive en pasaje Las Camelias 1290", "address", "pasaje Las Camelias 1290", "sin dirección"),
])
def test_a_detail_told_after_storing_is_set_on_the_complaint(chat, dispatcher, line, slot, value, before) -> None:
    *_, proposed, saved = chat(COMPLAINT, "sí", line, "sí")
    assert f"(antes: {before})" in proposed.text and "Nota" not in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert getattr(complaint, slot) == value, saved.text
    assert not complaint.notes and not stored(dispatcher, Contact)
    chat("deshacer")
    assert getattr(stored(dispatcher, Complaint)[0], slot) is None


def test_a_detail_of_a_complaint_shown_changes_what_it_was(chat, dispatcher) -> None:
    chat("reclamo de don Pedro Soto, fono 912345678: luminaria apagada en calle Prat 300", "sí", "hola",
         "muéstrame el reclamo 1")
    proposed, _ = chat("su teléfono es el 9 8888 7777", "sí")
    assert "(antes: +56912345678)" in proposed.text, proposed.text
    assert stored(dispatcher, Complaint)[0].phone == "+56988887777"


def test_a_sentence_with_more_is_no_detail(chat, dispatcher) -> None:
    _, _, reply = chat(COMPLAINT, "sí", "el número de la oficina de partes es 552 123 456 y atiende hasta las 14")
    assert "Teléfono:" not in reply.text, reply.text
    assert stored(dispatcher, Complaint)[0].phone is None
