"""English office words the staff mix in («add contact: …», «schedule del alcalde for tomorrow», «whats on
thursday?»): the lexicon reads them as the Spanish words they stand for."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)  # a Thursday


@pytest.mark.parametrize(("text", "day"), [
    ("schedule del alcalde for tomorrow", date(2026, 12, 4)),
    ("whats on thursday?", date(2026, 12, 10)),
    ("what's on friday xfa", date(2026, 12, 4)),
    ("q hay en el schedule today", date(2026, 12, 3)),
])
def test_an_english_day_asks_for_that_days_agenda(parser, text, day):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "agenda.query"
    assert understanding.slots["date_from"] == day


@pytest.mark.parametrize("text", [
    "add contact: Rodrigo Sáez, director de obras, 987654321",
    "add contacto Rodrigo Sáez del Serviu, fono 9 8765 4321",
    "porfa add contact Rodrigo Sáez, jefe de gabinete del seremi, 987654321",
])
def test_add_contact_creates_a_contact(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.create"
    assert understanding.slots["name"] == "Rodrigo Sáez"
