"""«otro de la misma vecina: …», «la misma señora también reclama por …» right after a complaint was stored: a new
complaint from that complaint's resident, with their phone and e-mail, and its own problem («misma» in no
description). The first complaint is left as it was. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

ROSA = "reclamo de la vecina Rosa Muñoz, fono 9 8765 4321, por basura acumulada en calle Prat 1234"
PEDRO = "reclamo de don Pedro Soto, correo psoto@hotmail.com, por un perro suelto en la plaza"


def _second(dispatcher) -> tuple[Complaint, Complaint]:
    first, second = sorted(stored(dispatcher, Complaint), key=lambda complaint: complaint.id)
    return first, second


@pytest.mark.parametrize(("line", "problem"), [
    ("otro de la misma vecina: el poste de luz de su pasaje está apagado", "poste de luz"),
    ("la misma señora también reclama por un hoyo en la vereda", "hoyo en la vereda"),
    ("y la misma vecina reclama además por ruidos molestos de un taller", "ruidos molestos"),
    ("La misma Sra. reclama tb x microbasural en la esquina", "microbasural"),
])
def test_a_complaint_of_the_same_resident_keeps_who_she_is(chat, dispatcher, line: str, problem: str) -> None:
    *_, proposed, saved = chat(ROSA, "sí", line, "sí")
    assert "Rosa Muñoz" in proposed.text and "Nuevo reclamo" in proposed.text, proposed.text
    first, second = _second(dispatcher)
    assert (second.citizen, second.phone) == ("Rosa Muñoz", "+56987654321"), saved.text
    assert problem in second.description and "misma" not in second.description.lower(), second.description
    assert "basura" in first.description and first.ticket == "R-2026-0001"


@pytest.mark.parametrize("line", [
    "otro del mismo vecino: luminaria apagada en calle Maipú 300",
    "el mismo caballero reclama también por una luminaria apagada en calle Maipú 300",
    "y el mismo señor se queja de la luminaria apagada de calle Maipú 300",
])
def test_his_email_comes_along_and_the_address_is_the_new_one(chat, dispatcher, line: str) -> None:
    *_, saved = chat(PEDRO, "sí", line, "sí")
    _, second = _second(dispatcher)
    assert (second.citizen, second.email) == ("Pedro Soto", "psoto@hotmail.com"), saved.text
    assert "luminaria" in second.description and second.address == "calle Maipú 300"


def test_without_a_complaint_in_focus_nobody_is_made_up(chat, dispatcher) -> None:
    *_, proposed = chat("hola", "la misma vecina reclama por un hoyo en la vereda de calle Prat 200")
    assert "Vecino/a" not in proposed.text, proposed.text
