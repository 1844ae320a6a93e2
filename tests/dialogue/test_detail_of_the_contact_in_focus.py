"""A detail told as the contact's own right after it was stored or shown («Ah, y su correo es …, por favor
agréguelo», «y su celular nuevo es …») updates that contact, with a preview, whatever look-up or new contact its
words lean to; a new record that says «su fono» of its own resident is still that record. The clock is Monday
23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

ROJAS = "agrega contacto Marta Rojas, presidenta de la junta de vecinos Villa Los Ríos, fono 9 8765 4321"


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Ah, y su correo es marta.rojas@gmail.com, por favor agréguelo", "email", "marta.rojas@gmail.com"),
    ("y su celular nuevo es 9 1234 5678", "phone", "+56912345678"),
    ("su mail es marta.rojas@gmail.com", "email", "marta.rojas@gmail.com"),
    ("Su correo electrónico es marta.rojas@gmail.com; agréguelo, por favor.", "email", "marta.rojas@gmail.com"),
])
def test_a_detail_of_the_contact_just_stored_updates_it(chat, dispatcher, line: str, field: str, value: str) -> None:
    *_, proposed, saved = chat(ROJAS, "sí", line, "sí")
    assert "Actualizar el contacto #1" in proposed.text, proposed.text
    [contact] = stored(dispatcher, Contact)
    assert getattr(contact, field) == value, saved.text


def test_a_detail_of_the_contact_just_shown_updates_it(chat, dispatcher) -> None:
    *_, proposed, _ = chat(ROJAS, "sí", "fono de la presidenta de la junta de vecinos",
                           "y su correo es marta.rojas@gmail.com", "sí")
    assert "Actualizar el contacto #1" in proposed.text, proposed.text
    [contact] = stored(dispatcher, Contact)
    assert contact.email == "marta.rojas@gmail.com"


def test_a_new_complaint_with_its_residents_phone_stays_a_complaint(chat, dispatcher) -> None:
    told = "reclamo de la vecina Ana Soto por basura en calle Prat, su fono es 9 5555 4444"
    *_, proposed, _ = chat(ROJAS, "sí", told, "sí")
    assert "Nuevo reclamo" in proposed.text, proposed.text
    [contact] = stored(dispatcher, Contact)
    assert contact.phone == "+56987654321" and len(stored(dispatcher, Complaint)) == 1
