"""A resident's phone, e-mail or address told to be added to the complaint just stored («el celular es …,
agrégueselo al reclamo», «súmale este wsp: …», «ponle tb el mail …») sets that field of the complaint, previewed and
confirmed: it is not a note, nor a contact."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de don Hernán Caro por un árbol caído en pasaje Los Maitenes 230"


@pytest.mark.parametrize(("line", "field", "value"), [
    ("el celular es 9 6123 4455, agrégueselo al reclamo por favor", "phone", "+56961234455"),
    ("súmale este wsp: +56 9 6123 4455", "phone", "+56961234455"),
    ("ponle tb el mail hcaro@gmail.com xfa", "email", "hcaro@gmail.com"),
    ("añádale el correo hcaro@gmail.com al reclamo", "email", "hcaro@gmail.com"),
    ("agrégale la dirección pasaje Los Maitenes 232", "address", "pasaje Los Maitenes 232"),
])
def test_the_detail_goes_to_its_field(chat, dispatcher, line: str, field: str, value: str) -> None:
    *_, preview, saved = chat(COMPLAINT, "sí", line, "sí")
    assert "R-2026-0001" in preview.text and "Nota" not in preview.text, preview.text
    assert "actualizado" in saved.text, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert getattr(complaint, field) == value
    assert not complaint.notes and not stored(dispatcher, Contact)


def test_a_note_with_more_to_say_stays_a_note(chat, dispatcher) -> None:
    """«agrega al reclamo que la vecina llamó de nuevo desde el 9 6123 4455»: what happened, with a phone in it."""
    *_, preview = chat(COMPLAINT, "sí", "agrega al reclamo que el vecino llamó de nuevo y pide que vayan hoy")
    assert "Nota" in preview.text, preview.text


def test_a_complaint_named_by_its_ticket_gets_it_whatever_is_in_focus(chat, dispatcher) -> None:
    chat(COMPLAINT, "sí", "reclamo de la vecina Rosa Muñoz por basura en Prat 1234", "sí")
    *_, preview, _ = chat("agrégale el fono 9 6123 4455 al reclamo R-2026-0001", "sí")
    assert "R-2026-0001" in preview.text and "Teléfono" in preview.text, preview.text
    phones = {complaint.ticket: complaint.phone for complaint in stored(dispatcher, Complaint)}
    assert phones == {"R-2026-0001": "+56961234455", "R-2026-0002": None}
