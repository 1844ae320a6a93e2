"""A resident's new phone or e-mail told by their name («la señora Araya cambió de celular, ahora es …», «anota el
fono de la vecina Araya: …») when that person is the resident of a stored complaint: that complaint's change, with a
preview that says what it was, an audit row and undo; never a contact proposed. The complaint is the resident's one
open complaint even when others were stored since (or they have closed ones); when a protocol contact has the same
name, the bot asks which of the two is meant."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINTS = ("reclamo de la señora Rosa Araya: micro basural en pasaje Los Olmos 12",
              "reclamo de don Julio Cárcamo, fono 912345678: semáforo apagado en Vicuña Mackenna con Departamental")


@pytest.mark.parametrize(("line", "slot", "value"), [
    ("la señora Araya cambió de celular, ahora es 9 8765 4321", "phone", "+56987654321"),
    ("anota el fono de la vecina Araya: 9 7654 3210", "phone", "+56976543210"),
    ("ojo q doña Rosa Araya tiene nuevo número, el +56 9 5432 1098", "phone", "+56954321098"),
    ("el correo de la sra Araya es rosa.araya@gmail.com", "email", "rosa.araya@gmail.com"),
])
def test_a_detail_told_by_the_residents_name_changes_her_complaint(chat, dispatcher, line, slot, value) -> None:
    chat(COMPLAINTS[0], "sí", COMPLAINTS[1], "sí", "hola")
    proposed, saved = chat(line, "sí")
    assert "R-2026-0001" in proposed.text and "(antes: sin" in proposed.text, proposed.text
    araya, carcamo = sorted(stored(dispatcher, Complaint), key=lambda c: c.id)
    assert getattr(araya, slot) == value, saved.text
    assert carcamo.phone == "+56912345678" and not stored(dispatcher, Contact)
    chat("deshacer")
    assert getattr(stored(dispatcher, Complaint)[0], slot) is None


def test_the_residents_one_open_complaint_is_the_one_changed(chat, dispatcher) -> None:
    chat(COMPLAINTS[0], "sí", "reclamo de la vecina Rosa Araya: perro suelto en la plaza Bulnes", "sí",
         "el reclamo 1 está resuelto", "sí", COMPLAINTS[1], "sí")
    proposed, _ = chat("agrega al reclamo de la señora Araya el fono 9 8765 4321", "sí")
    assert "R-2026-0002" in proposed.text and "¿Cuál" not in proposed.text, proposed.text
    assert {c.ticket: c.phone for c in stored(dispatcher, Complaint)}["R-2026-0002"] == "+56987654321"


def test_several_open_complaints_of_the_resident_are_asked_about(chat, dispatcher) -> None:
    chat(COMPLAINTS[0], "sí", "reclamo de la vecina Rosa Araya: perro suelto en la plaza Bulnes", "sí", "hola")
    [asked] = chat("el celular de doña Rosa Araya es 9 8765 4321")
    assert "¿Cuál" in asked.text and "R-2026-0001" in asked.text and "R-2026-0002" in asked.text, asked.text
    assert not stored(dispatcher, Contact)


def test_a_contact_of_the_same_name_is_asked_about(chat, dispatcher) -> None:
    chat("nuevo contacto Pedro Araya, director del DAEM, 9 2222 3333", "sí", COMPLAINTS[0], "sí", "hola")
    [asked] = chat("Araya cambió de celular, ahora es 9 8765 4321")
    assert "contacto" in asked.text and "R-2026-0001" in asked.text, asked.text
    proposed, _ = chat("el reclamo", "sí")
    assert stored(dispatcher, Complaint)[0].phone == "+56987654321", proposed.text
    assert stored(dispatcher, Contact)[0].phone == "+56922223333"


def test_a_new_contact_with_a_residents_name_is_still_a_contact(chat, dispatcher) -> None:
    chat(COMPLAINTS[0], "sí")
    [proposed] = chat("nuevo contacto Rosa Araya, presidenta de la junta de vecinos Los Olmos, 9 8765 4321")
    assert "Nuevo contacto" in proposed.text, proposed.text
