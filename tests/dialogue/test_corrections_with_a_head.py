"""A stored activity named by its words, under a correction head («Corrección: el desfile es a las 10:30», «ojo: el
almuerzo del club es a la 1 y media») or with a verb that tells when it starts («el desfile empieza a las 10 y
media», «la reunión con los dirigentes parte a las 9»), is that activity's change, previewed, on its own day: never a
new activity booked, nor a change of the last record stored. A new hour given to «¿Qué cambio en la actividad?»
keeps the activity's day. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

BOOKED = ("agenda desfile de fiestas patrias el jueves 26 a las 10 en la plaza", "sí",
          "agenda almuerzo del club de leones el viernes 27 a las 13", "sí",
          "agenda reunión con los dirigentes el miércoles 25 a las 8", "sí")


def _times(dispatcher) -> dict[str, tuple[int, str]]:
    zone = dispatcher.settings.zone
    return {event.title: (event.day.day, event.start_at.astimezone(zone).strftime("%H:%M"))
            for event in stored(dispatcher, Event)}


@pytest.mark.parametrize(("line", "title", "expected"), [
    ("Corrección: el desfile es a las 10:30", "desfile de fiestas patrias", (26, "10:30")),
    ("ojo: el desfile es a las 10:30", "desfile de fiestas patrias", (26, "10:30")),
    ("corrijo, el almuerzo del club es a la 1 y media", "almuerzo del club de leones", (27, "13:30")),
    ("Corrección: el almuerzo del club es a la 1 y media", "almuerzo del club de leones", (27, "13:30")),
    # a verb that tells when it starts says the same
    ("el desfile empieza a las 10 y media", "desfile de fiestas patrias", (26, "10:30")),
    ("la reunión con los dirigentes parte a las 9", "reunión con los dirigentes", (25, "09:00")),
    ("la reu con los dirigentes comienza a las 9 y cuarto", "reunión con los dirigentes", (25, "09:15")),
    ("El almuerzo del club arranca a las 14 hrs", "almuerzo del club de leones", (27, "14:00")),
])
def test_a_correction_head_or_a_starting_verb_changes_the_activity_named(chat, dispatcher, line: str, title: str,
                                                                         expected: tuple[int, str]) -> None:
    chat(*BOOKED)
    preview, _ = chat(line, "sí")
    assert title in preview.text and "Agendar" not in preview.text, preview.text
    times = _times(dispatcher)
    assert len(times) == 3 and times[title] == expected, times


def test_a_starting_verb_in_a_new_booking_still_books(chat, dispatcher) -> None:
    chat(*BOOKED)
    proposed, _ = chat("agenda el viernes reunión con la junta de vecinos que parte a las 9", "sí")
    assert "Agendar" in proposed.text, proposed.text
    assert len(stored(dispatcher, Event)) == 4


@pytest.mark.parametrize("line", ["a las 11 y media", "la hora es a las 11 y media",
                                  "y también la hora ahora es a las 11 y media"])
def test_an_hour_told_to_what_to_change_keeps_the_day(chat, dispatcher, line: str) -> None:
    chat(*BOOKED, "cambia el desfile")
    preview, _ = chat(line, "sí")
    assert "jueves 26 de noviembre, 11:30" in preview.text, preview.text
    assert _times(dispatcher)["desfile de fiestas patrias"] == (26, "11:30")


@pytest.mark.parametrize("line", ["y también la hora ahora es a las 11 y media", "ah y la hora es a las 11 y media"])
def test_an_hour_added_to_a_change_preview_joins_it(chat, dispatcher, line: str) -> None:
    chat(*BOOKED, "cambia el lugar del desfile a la plaza de armas")
    preview, _ = chat(line, "sí")
    assert "plaza de armas" in preview.text and "11:30" in preview.text, preview.text
    [desfile] = [event for event in stored(dispatcher, Event) if event.title.startswith("desfile")]
    assert desfile.place == "plaza de armas" and _times(dispatcher)[desfile.title] == (26, "11:30")
