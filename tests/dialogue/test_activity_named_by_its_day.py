"""«la de mañana cámbiala a las 7», «la del martes córrela pa las 7»: an activity named before the verb by its day
alone is the one on that day (asked among several), not a record whose words hold «mañana» or a 7. The clock is
Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

LUNCH = ("agenda almuerzo con el gobernador el martes 24 a las 13", "sí")


@pytest.mark.parametrize("change", ["la de mañana cámbiala a las 7", "la de mañana pásela a las 19 hrs",
                                    "la del martes córrela pa las 7"])
def test_the_activity_of_the_day_named_gets_the_new_time(chat, dispatcher, change: str) -> None:
    chat(*LUNCH)
    [preview] = chat(change)
    assert "almuerzo con el gobernador" in preview.text and "19:00" in preview.text, preview.text
    assert "efeméride" not in preview.text.lower(), preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.start_at.hour == 22  # 19:00 local is 22:00 UTC in November


def test_two_activities_that_day_are_asked_about(chat, dispatcher) -> None:
    chat(*LUNCH, "agenda visita al liceo el martes 24 a las 10", "sí")
    [question] = chat("la de mañana cámbiala a las 7")
    assert "almuerzo" in question.text and "visita al liceo" in question.text, question.text
    assert all(event.start_at.hour in (13, 16) for event in stored(dispatcher, Event))
