"""A second activity told right after one, stored or waiting, with only an hour and a joining word («y a las 13 …»,
«después a las 16 …», «tb a las 9 …») goes on that activity's day, not today; an hour alone with nothing in focus is
today's."""

from __future__ import annotations

from datetime import datetime

import pytest

from storage.models import Event
from tests.dialogue.conftest import SANTIAGO
from tests.dialogue.talk import stored

FIRST = "el jueves 26 a las 11 saludo de fin de año con los funcionarios municipales"
NEXT = [
    ("y a las 13 almuerzo con los concejales", "almuerzo con los concejales", 13),
    ("después a las 16 reunión con la DOM", "reunión con la DOM", 16),
    ("tb a las 9 desayuno con dirigentes vecinales", "desayuno con dirigentes vecinales", 9),
    ("ah y luego a las 18 hrs visita al hogar de ancianos", "visita al hogar de ancianos", 18),
]


@pytest.mark.parametrize(("said", "title", "hour"), NEXT)
def test_after_one_stored_it_falls_on_that_day(chat, dispatcher, said, title, hour) -> None:
    *_, preview, done = chat(FIRST, "sí", said, "sí")
    assert "jueves 26" in preview.text and title in preview.text, preview.text
    events = {event.title: event.start_at for event in stored(dispatcher, Event)}
    assert events[title] == datetime(2026, 11, 26, hour, tzinfo=SANTIAGO), done.text


@pytest.mark.parametrize(("said", "title", "hour"), NEXT[:3])
def test_while_one_waits_it_falls_on_that_day_and_the_first_still_waits(chat, dispatcher, said, title, hour) -> None:
    *_, preview, done, first = chat(FIRST, said, "sí", "sí")
    assert "jueves 26" in preview.text and title in preview.text, preview.text
    events = {event.title: event.start_at for event in stored(dispatcher, Event)}
    assert events[title] == datetime(2026, 11, 26, hour, tzinfo=SANTIAGO), done.text
    assert events["saludo de fin de año con los funcionarios municipales"] == datetime(2026, 11, 26, 11,
                                                                                   tzinfo=SANTIAGO), first.text


def test_an_hour_alone_with_nothing_in_focus_is_today(chat) -> None:
    [preview] = chat("agenda a las 13 almuerzo con los concejales")
    assert "hoy" in preview.text, preview.text
