"""English office words the staff mix in («add contact: …», «schedule del alcalde for tomorrow», «whats on
thursday?»): the lexicon reads them as the Spanish words they stand for."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)  # a Thursday


@pytest.mark.parametrize(("text", "day"), [
    ("schedule del alcalde for tomorrow", date(2026, 12, 4)),
    ("whats on thursday?", date(2026, 12, 10)),
    ("whats on friday xfa", date(2026, 12, 4)),
    ("q hay en el schedule today", date(2026, 12, 3)),
])
def test_an_english_day_asks_for_that_days_agenda(parser, text, day):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "agenda.query"
    assert understanding.slots["date_from"] == day


@pytest.mark.parametrize(("text", "first", "last"), [
    ("meetings next week", date(2026, 12, 7), date(2026, 12, 13)),
    ("¿hay meetings el viernes?", date(2026, 12, 4), date(2026, 12, 4)),
    ("what's on the schedule tomorrow", date(2026, 12, 4), date(2026, 12, 4)),
    ("q meetings tiene el alcalde this week xfa", date(2026, 11, 30), date(2026, 12, 6)),
    ("any events next month?", date(2027, 1, 1), date(2027, 1, 31)),
    ("schedule del saturday", date(2026, 12, 5), date(2026, 12, 5)),
])
def test_english_meetings_and_periods_ask_for_the_agenda(parser, text, first, last):
    """«meetings», «events» and a period with «next»/«this» («next week»): «next» and «this» are read only beside
    an English «week» or «month», never alone (they name firms)."""
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "agenda.query"
    assert (understanding.slots["date_from"], understanding.slots["date_to"]) == (first, last)


@pytest.mark.parametrize("text", [
    "add contact: Rodrigo Sáez, director de obras, 987654321",
    "add contacto Rodrigo Sáez del Serviu, fono 9 8765 4321",
    "porfa add contact Rodrigo Sáez, jefe de gabinete del seremi, 987654321",
])
def test_add_contact_creates_a_contact(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.create"
    assert understanding.slots["name"] == "Rodrigo Sáez"


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("invitación del Rotary a la cena anual en el Hotel The Singular el viernes a las 20 hrs", "place",
     "Hotel The Singular"),
    ("invitación de Next Energy al lanzamiento del parque solar el lunes a las 10", "organizer", "Next Energy"),
])
def test_english_words_inside_a_name_stay_as_written(parser, text, slot, value):
    """Only words that are never part of a name are read as Spanish: a hotel or a firm keeps its English name."""
    assert parser.parse(text, NOW).slots[slot] == value
