"""A complaint's ticket typed in a hurry (spaces for dashes, no dash at all, the letter stuck to the year) is the
ticket, never a phone: the office copies it from a paper form or dictates it as it reads it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)


@pytest.mark.parametrize("text", [
    "R 2027 0044",
    "en qué va el r 2027 44?",
    "me puede dar el estado del R2027 0044 por favor",
    "ticket 2027 0044",
    "q pasó con el reclamo 2027 44",
    "xfa info del caso 2027 0044",
])
def test_a_ticket_with_spaces_or_without_dashes_asks_for_its_complaint(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.query"
    assert understanding.slots["ticket"] == "R-2027-0044"
    assert "phone" not in understanding.slots


@pytest.mark.parametrize("text", [
    "cierre el R 2027 0044, ya se reparó",
    "el r20270044 está resuelto",
    "el R 2027 0044 ya se solucionó",
    "oiga, el reclamo 2027 44 se arregló",
])
def test_a_loose_ticket_names_the_complaint_a_status_change_is_about(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.update"
    assert understanding.slots["ticket"] == "R-2027-0044"


def test_a_landline_with_the_same_digits_stays_a_phone(parser):
    understanding = parser.parse("agrega a Rosa Vial, fono 2 2027 0044", NOW)
    assert understanding.slots.get("phone", "").endswith("220270044")
    assert "ticket" not in understanding.slots
