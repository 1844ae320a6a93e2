"""The resident's phone, address or name told while a complaint's preview waits («su cel es 9 8765 4321», «vive en
Pasaje Los Aromos 123»), several in one message («se llama Juana Pérez y vive en Prat 55»), fill the preview: shown
again with them, the rest kept, and never read as a contact nor a search. The clock is Monday 23 November 2026."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "reclamo por basura acumulada en la esquina de la plaza, hace una semana que no pasa el camión"


def _saved(chat, dispatcher, *lines: str) -> tuple[list, Complaint]:
    replies = chat(COMPLAINT, *lines, "sí")
    [complaint] = stored(dispatcher, Complaint)
    assert not stored(dispatcher, Contact)
    assert "basura" in complaint.description, complaint.description
    return replies, complaint


@pytest.mark.parametrize("line", [
    "su cel es 9 8765 4321",
    "el fono de la señora es +56 9 8765 4321",
    "anota su número: 987654321",
    "Teléfono de contacto: 9 8765 4321.",
])
def test_a_phone_fills_the_waiting_complaint(chat, dispatcher, line: str) -> None:
    replies, complaint = _saved(chat, dispatcher, line)
    assert "+56987654321" in replies[1].text and "Nuevo reclamo" in replies[1].text, replies[1].text
    assert complaint.phone == "+56987654321"


@pytest.mark.parametrize(("line", "address"), [
    ("vive en Pasaje Los Aromos 123", "Pasaje Los Aromos 123"),
    ("su dirección es calle Maipú 45", "calle Maipú 45"),
    ("la vecina vive en pasaje Las Dalias 33", "pasaje Las Dalias 33"),
])
def test_an_address_fills_the_waiting_complaint(chat, dispatcher, line: str, address: str) -> None:
    replies, complaint = _saved(chat, dispatcher, line)
    assert address in replies[1].text, replies[1].text
    assert complaint.address == address


@pytest.mark.parametrize(("line", "values"), [
    ("se llama Juana Pérez y vive en Prat 55", {"citizen": "Juana Pérez", "address": "Prat 55"}),
    ("es la señora Juana Pérez, fono 9 1234 5678, vive en pasaje Las Dalias 33",
     {"citizen": "Juana Pérez", "phone": "+56912345678", "address": "pasaje Las Dalias 33"}),
    ("la vecina se llama Juana Pérez, su cel 912345678 y su correo jperez@gmail.com",
     {"citizen": "Juana Pérez", "phone": "+56912345678", "email": "jperez@gmail.com"}),
])
def test_several_details_in_one_message_fill_it(chat, dispatcher, line: str, values: dict[str, str]) -> None:
    replies, complaint = _saved(chat, dispatcher, line)
    for slot, value in values.items():
        assert getattr(complaint, slot) == value, (slot, replies[1].text)
