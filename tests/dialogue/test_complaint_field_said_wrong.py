"""«la dirección del reclamo 1 está mal: es Prat 1234», «se equivocaron en la dirección del reclamo 3, va Colón 55»: a
field of a complaint named by number, said to hold a wrong value, then the right one, is that complaint's change (a
preview with what it was, stored after «sí», undone in words), not a look-up of the complaint."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINTS = ("reclamo de Juana Pérez por un hoyo en calle Prat 12, fono 912345678", "sí",
              "reclamo de Pedro Soto por luminaria apagada en pasaje Los Olmos 45", "sí")


def _second(dispatcher) -> Complaint:
    return next(c for c in stored(dispatcher, Complaint) if c.ticket == "R-2026-0002")


@pytest.mark.parametrize("change", ["La dirección del reclamo 2 está mal: es Colón 55.",
                                    "se equivocaron en la direccion del reclamo 2, va Colón 55",
                                    "oye anotaron mal la dirección del reclamo 2: es Colón 55 xfa",
                                    "la dirección del caso 2 está equivocada, va en Colón 55"])
def test_the_address_said_wrong_is_changed_and_undone(chat, dispatcher, change: str) -> None:
    chat(*COMPLAINTS)
    [preview] = chat(change)
    assert preview.pending is not None and preview.pending.intent == "complaint.details", preview.text
    assert "Colón 55" in preview.text and "Los Olmos 45" in preview.text, preview.text
    assert "Vecino" not in preview.text, preview.text
    chat("sí")
    assert _second(dispatcher).address == "Colón 55"
    [undone] = chat("deshaz eso")
    assert undone.text.startswith("Deshecho"), undone.text
    assert _second(dispatcher).address == "pasaje Los Olmos 45"


@pytest.mark.parametrize("change", ["el fono del reclamo 2 está malo, es el 9 8765 4321",
                                    "Disculpe, el teléfono del reclamo 2 es incorrecto: es el +56 9 8765 4321.",
                                    "pusieron mal el cel del reclamo 2, es 987654321",
                                    "el número del reclamo 2 quedó mal es el 9 8765 4321"])
def test_the_phone_said_wrong_is_changed(chat, dispatcher, change: str) -> None:
    chat(*COMPLAINTS)
    [preview] = chat(change)
    assert preview.pending is not None and preview.pending.intent == "complaint.details", preview.text
    chat("sí")
    assert _second(dispatcher).phone == "+56987654321"
