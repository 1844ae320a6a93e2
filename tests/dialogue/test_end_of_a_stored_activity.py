"""When an activity already on the agenda ends («y que termine a las 11:30» right after storing it, «la reu del
jueves dura hasta las 13», «pásala de 15 a 17») is a change of that activity: previewed with its start kept,
stored on «sí», undone with «deshacer»; it never becomes a new activity named «termine»."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

MEETING = "agenda reunión con los dirigentes del comité de agua el jueves 26 a las 10 en la sede"


def _hours(dispatcher, event: Event) -> tuple[str, str | None]:
    zone = dispatcher.settings.zone
    end = event.end_at.astimezone(zone).strftime("%H:%M") if event.end_at else None
    return event.start_at.astimezone(zone).strftime("%H:%M"), end


@pytest.mark.parametrize(("words", "hours"), [
    ("y que termine a las 11:30", ("10:00", "11:30")),
    ("ah, termina a la 1", ("10:00", "13:00")),
    ("ojo que dura hasta las doce", ("10:00", "12:00")),
    ("la reunión del jueves finaliza a las 11 hrs", ("10:00", "11:00")),
    ("pásala de 15 a 17", ("15:00", "17:00"))])
def test_the_end_of_a_stored_activity_is_changed_and_undone(chat, dispatcher, words: str,
                                                            hours: tuple[str, str]) -> None:
    *_, preview, saved = chat(MEETING, "sí", words, "sí")
    assert "antes:" in preview.text and f"{hours[0]} a {hours[1]}" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert _hours(dispatcher, event) == hours, saved.text
    chat("deshacer")
    [event] = stored(dispatcher, Event)
    assert _hours(dispatcher, event) == ("10:00", None)


def test_an_end_before_the_start_changes_nothing(chat, dispatcher) -> None:
    *_, answer = chat(MEETING, "sí", "la reunión del jueves termina a las 9")
    assert "antes de empezar" in answer.text and answer.pending is None, answer.text
    [event] = stored(dispatcher, Event)
    assert _hours(dispatcher, event) == ("10:00", None)


def test_a_new_activity_with_its_end_is_still_a_new_activity(chat, dispatcher) -> None:
    *_, answer = chat(MEETING, "sí", "agenda almuerzo con el gobernador el viernes 27 de 13 hasta las 15")
    assert answer.pending is not None and answer.pending.intent == "event.create", answer.text
    assert "13:00 a 15:00" in answer.text, answer.text
