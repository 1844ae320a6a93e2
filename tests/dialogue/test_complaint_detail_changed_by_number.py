"""«corrija la dirección del reclamo 1, por favor: es Vicuña Mackenna 450», «cámbiele el fono al reclamo 3: …»: a
resident's detail told of a complaint named by its number is that complaint's change (a preview with what it was,
then stored), whatever record the words lean to alone (an efeméride «del 1», a contact) and whatever is in focus."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

FIRST = "reclamo de Juan Soto por un hoyo en la calle Los Aromos 123, fono 912345678"
SECOND = "reclamo de Ana Díaz por luminaria apagada en la plaza"


@pytest.mark.parametrize("change", ["corrija la dirección del reclamo 1, por favor: es Vicuña Mackenna 450",
                                    "oiga, la dirección del reclamo 1 es Vicuña Mackenna 450",
                                    "Disculpe, la dirección del caso 1 es Vicuña Mackenna 450.",
                                    "q la direccion del reclamo R-2026-0001 es Vicuña Mackenna 450 xfa"])
def test_the_address_of_a_complaint_named_by_number_is_changed(chat, dispatcher, change: str) -> None:
    chat(FIRST, "sí", SECOND, "sí")
    [preview] = chat(change)
    assert preview.pending is not None and preview.pending.intent == "complaint.details", preview.text
    assert "Vicuña Mackenna 450" in preview.text and "R-2026-0001" in preview.text, preview.text
    assert stored(dispatcher, Complaint)[0].address != "Vicuña Mackenna 450"
    chat("sí")
    first = next(c for c in stored(dispatcher, Complaint) if c.ticket == "R-2026-0001")
    assert first.address == "Vicuña Mackenna 450", first.address
    assert "Aromos" not in first.description and "Vicuña Mackenna 450" in first.description, first.description


@pytest.mark.parametrize("change", ["cámbiele el fono al reclamo 1: 9 8765 4321",
                                    "el fono del reclamo 1 ahora es 9 8765 4321",
                                    "corrija x favor el teléfono del caso 1: +56 9 8765 4321"])
def test_the_phone_of_a_complaint_named_by_number_is_changed(chat, dispatcher, change: str) -> None:
    chat(FIRST, "sí", SECOND, "sí")
    [preview] = chat(change)
    assert preview.pending is not None and preview.pending.intent == "complaint.details", preview.text
    assert "Dirección" not in preview.text, preview.text
    chat("sí")
    first = next(c for c in stored(dispatcher, Complaint) if c.ticket == "R-2026-0001")
    assert first.phone == "+56987654321" and first.address == "calle Los Aromos 123", (first.phone, first.address)
