"""An hour said as an end («que termine a las 12», «hasta la una») while an activity waits is its end time: the
start stays as it was, and the end never falls before it."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("words", "end"), [("ah, y que termine a las 12", "12:00"),
                                            ("ok, y que dure hasta la 1", "13:00"),
                                            ("hasta las 12:30 nomás", "12:30"), ("que finalice a las 2", "14:00")])
def test_an_end_told_while_waiting_keeps_the_start(chat, dispatcher, words: str, end: str) -> None:
    *_, shown, saved = chat("agenda reunión con el director del Cesfam el miércoles 25 a las 11 en la sala",
                            words, "ya guárdala")
    assert "11:00 a " + end in shown.text, shown.text
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert event.start_at.astimezone(dispatcher.settings.zone).strftime("%H:%M") == "11:00"
    assert event.end_at.astimezone(dispatcher.settings.zone).strftime("%H:%M") == end


def test_a_start_said_with_an_end_word_of_its_own_day_is_still_a_start(chat) -> None:
    """«mejor a las 10» carries no end word: it moves the start, as before."""
    _, shown = chat("agenda reunión con el director del Cesfam el miércoles 25 a las 11", "mejor a las 10")
    assert "10:00" in shown.text and "11:00" not in shown.text, shown.text
