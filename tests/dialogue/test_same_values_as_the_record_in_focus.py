"""Booking right after another record, «en la misma plaza», «en el mismo lugar», «a la misma hora», «el mismo día»
take that record's place, hour or day, and stay out of the new title. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

PARADE = "agenda desfile escolar el jueves 26 a las 10 en la plaza de armas"


def _new(dispatcher) -> tuple[str, int, str, str | None]:
    [event] = [event for event in stored(dispatcher, Event) if event.title != "desfile escolar"]
    hour = event.start_at.astimezone(dispatcher.settings.zone).strftime("%H:%M") if event.start_at else ""
    return event.title, event.day.day, hour, event.place


@pytest.mark.parametrize(("line", "expected"), [
    ("agenda reunión con carabineros el viernes 27 en la misma plaza a las 12",
     ("reunión con carabineros", 27, "12:00", "plaza de armas")),
    ("agenda almuerzo con los veteranos el viernes 27 a la misma hora",
     ("almuerzo con los veteranos", 27, "10:00", None)),
    ("agenda reunión con la junta de vecinos el mismo día a las 16",
     ("reunión con la junta de vecinos", 26, "16:00", None)),
    ("y ese mismo día a las 16 reunión con la junta, en el mismo lugar",
     ("reunión con la junta", 26, "16:00", "plaza de armas")),
    ("Agéndeme, por favor, una visita del seremi el viernes 27 a la misma hora y en el mismo lugar",
     ("visita del seremi", 27, "10:00", "plaza de armas")),
])
def test_the_same_place_hour_or_day_as_the_record_in_focus(chat, dispatcher, line: str, expected: tuple) -> None:
    *_, proposed, _ = chat(PARADE, "sí", line, "sí")
    assert "mism" not in proposed.text, proposed.text
    assert _new(dispatcher) == expected
