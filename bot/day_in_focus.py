"""The day the conversation last spoke of, as the reference day of a message that says «ese mismo día»."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from bot.dialogue_words import says_same_day
from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding


def on_the_day_in_focus(focus: Focus, text: str, now: datetime) -> datetime:
    """«ese mismo día a las 4 hay reunión con el sindicato; agéndela también»: the day the conversation last spoke of
    (a dated record, or a day asked about) is the message's reference day, so a bare hour falls on it, not on
    today."""
    if focus.day is None or not says_same_day(text):
        return now
    return datetime.combine(focus.day, time())


def asked_for_the_day(parser: Parser, understanding: Understanding, on: datetime, now: datetime) -> Understanding:
    """«¿qué tiene el alcalde ese mismo día?»: a look-up of a period that names none asks for the day in focus (`on`,
    the reference moment moved there; `now` when nothing moved it), not for today."""
    spec = parser.intents.get(understanding.intent)
    if on == now or spec is None or "date_from" not in spec.slots or understanding.slots.get("date_from"):
        return understanding
    return replace(understanding, slots={**understanding.slots, "date_from": on.date(), "date_to": on.date()})
