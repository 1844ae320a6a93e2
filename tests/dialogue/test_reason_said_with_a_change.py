"""A reason said with a change or a cancellation («mejor hágalo en el salón de honor, va a llover», «cancela el
almuerzo con el club ya que el alcalde viaja») is no part of the new place nor of the record's name: the place is
only the place, and the record named is found. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

MEETING = "agenda reunión con los dirigentes el jueves 26 a las 10 en la plaza"
LUNCH = "agenda almuerzo con el club de leones el jueves 26 a las 13"


@pytest.mark.parametrize(("line", "place"), [
    ("mejor hágalo en el salón de honor, va a llover", "salón de honor"),
    ("mejor en el salón de honor porque va a llover", "salón de honor"),
    ("hagámoslo mejor en el gimnasio, ya que se anuncia lluvia", "gimnasio"),
    ("Mejor realícela en el salón de honor pues va a llover", "salón de honor"),
])
def test_a_place_changed_with_its_reason_is_only_the_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, _ = chat(MEETING, "sí", line, "sí")
    assert "Cambiar la actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place and event.title == "reunión con los dirigentes"


def test_a_place_with_its_reason_while_a_change_waits_joins_it(chat, dispatcher) -> None:
    chat(MEETING, "sí", "cámbiala a las 11", "mejor hágalo en el salón de honor, va a llover", "sí")
    [event] = stored(dispatcher, Event)
    assert event.place == "salón de honor" and event.start_at.astimezone(dispatcher.settings.zone).hour == 11


@pytest.mark.parametrize(("line", "cancelled"), [
    ("suspende la reunión del jueves porque el alcalde viaja", "reunión con los dirigentes"),
    ("cancela el almuerzo con el club ya que el alcalde viaja a santiago", "almuerzo con el club de leones"),
    ("suspendan el almuerzo con el club de leones porque el alcalde viaja", "almuerzo con el club de leones"),
])
def test_a_cancellation_with_its_reason_finds_the_record(chat, dispatcher, line: str, cancelled: str) -> None:
    *_, preview, _ = chat(MEETING, "sí", LUNCH, "sí", line, "sí")
    assert cancelled in preview.text and "viaja" not in preview.text, preview.text
    assert {event.title: event.cancelled_at is not None for event in stored(dispatcher, Event)}[cancelled]
