"""A weekday said to correct a waiting proposal is the one of the proposal's week («no es el jueves, es el viernes»
to Thursday 10 December is Friday the 11th, not the next Friday from today), and a relative day («mañana») is that
day, never read as a bare day number of the month. The clock is Monday 23 November 2026."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

ACTIVITY = "agenda reunión con la junta de vecinos Villa Los Aromos el jueves 10 de diciembre a las 10 en la sede"


@pytest.mark.parametrize(("correction", "when"), [
    ("no es el jueves, es el viernes", "viernes 11 de diciembre, 10:00"),
    ("perdón, era el miércoles", "miércoles 9 de diciembre, 10:00"),
    ("noo el lunes a las 9", "lunes 7 de diciembre, 09:00"),
    ("me equivoqué, es el martes en la tarde a las 4", "martes 8 de diciembre, 16:00"),
])
def test_a_weekday_lands_in_the_week_of_the_proposal(chat, dispatcher, correction, when) -> None:
    preview, corrected, saved = chat(ACTIVITY, correction, "sí")
    assert "jueves 10 de diciembre, 10:00" in preview.text, preview.text
    assert when in corrected.text and "sede" in corrected.text, corrected.text
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert event.day.day == int(when.split()[1])


def test_a_weekday_already_past_in_that_week_is_the_next_one(chat) -> None:
    """A proposal for tomorrow (Tuesday 24): «el lunes» of that week is today's Monday, so the next Monday it is."""
    _, corrected = chat("reu con el seremi de salud mañana a las 11", "no, el lunes")
    assert "lunes 30 de noviembre, 11:00" in corrected.text, corrected.text


@pytest.mark.parametrize(("correction", "when"), [
    ("mañana", "mañana martes 24, 11:00"),
    ("no, pasado mañana", "miércoles 25 de noviembre, 11:00"),
])
def test_a_relative_day_is_that_day_and_keeps_the_hour(chat, correction, when) -> None:
    _, corrected = chat("reu con el seremi de salud el viernes 4 de diciembre a las 11", correction)
    assert when in corrected.text, corrected.text
