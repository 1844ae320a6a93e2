"""«la noche inaugural», «la tarde recreativa»: a part of the day followed by what names an activity is the
activity's title, not a time. Sentences written for this test only."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)  # a Thursday


@pytest.mark.parametrize(("text", "title", "start"), [
    ("la agrupación Raíces invita a la noche inaugural de su festival el viernes 11 a las 20", "noche inaugural",
     "2026-12-11T20:00"),
    ("Junto con saludar, el Centro Cultural invita al alcalde a la noche de gala del sábado a las 21 hrs",
     "noche de gala", "2026-12-05T21:00"),
    ("los scouts invitan a la tarde recreativa el domingo a las 4", "tarde recreativa", "2026-12-06T16:00"),
])
def test_a_part_of_day_that_names_the_activity_stays_in_the_title(parser, text, title, start):
    understanding = parser.parse(text, NOW)
    assert title in understanding.slots["title"].lower()
    assert understanding.slots["start"].isoformat(timespec="minutes") == start


def test_a_part_of_day_alone_is_still_a_time_of_day(parser):
    understanding = parser.parse("qué tiene el alcalde la noche del viernes", NOW)
    assert understanding.intent == "agenda.query"
    assert understanding.slots.get("part_of_day") == "noche"
