"""A number that is a day, not an hour, and an acronym that is a department, not a weekday."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 6, 14, 9, 0)  # a Monday


@pytest.mark.parametrize(("text", "day", "time"), [
    ("corran el almuerzo con el gobernador al 22 a las 13 hrs", "2027-06-22", "13:00"),
    ("la visita a la caleta de Chañaral pásela al 18 a las 10 horas", "2027-06-18", "10:00"),
    ("posterga el consejo comunal al 30 a las 16", "2027-06-30", "16:00"),
])
def test_al_and_a_number_after_a_move_is_the_new_day(parser, text, day, time):
    understood = parser.parse(text, NOW)
    assert understood.intent == "event.update"
    assert (understood.slots.get("date"), understood.slots.get("time")) == (day, time)


def test_a_span_of_hours_written_without_de_is_still_a_span(parser):
    understood = parser.parse("agendar taller con dirigentes el jueves 15-17 hrs", NOW)
    slots = understood.slots
    assert (slots["start"], slots["end"]) == (datetime(2027, 6, 17, 15), datetime(2027, 6, 17, 17))


@pytest.mark.parametrize("text", ["agenda reunión con el DOM el miércoles a las 10",
                                  "reunión del DOM con los vecinos el miércoles a las 10"])
def test_the_dom_in_capitals_after_an_article_is_the_department(parser, text):
    understood = parser.parse(text, NOW)
    assert understood.slots["start"] == datetime(2027, 6, 16, 10)
    assert "DOM" in understood.slots["title"]


def test_el_dom_in_small_letters_is_still_sunday(parser):
    assert parser.parse("qué hay el dom", NOW).slots["date_from"].isoformat() == "2027-06-20"
