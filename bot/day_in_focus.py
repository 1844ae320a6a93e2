"""The day the conversation last spoke of, as the reference day of a message that says «ese mismo día» or «ese
sábado»."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from bot.dialogue_words import THAT_WEEKDAY, says_same_day, words
from bot.preview_notes import weekday_said
from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding


def on_the_day_in_focus(parser: Parser, focus: Focus, text: str, now: datetime) -> datetime:
    """«ese mismo día a las 4 hay reunión con el sindicato; agéndela también»: the day the conversation last spoke of
    (a dated record, or a day asked about) is the message's reference day, so a bare hour falls on it, not on
    today. «¿y qué tiene ese sábado?» of a record on Saturday the 23rd reads from the day before it, where «sábado»
    is the 23rd and not the Saturday after."""
    if focus.day is None:
        return now
    if names_weekday_in_focus(parser, focus.day, text, now):
        return datetime.combine(focus.day - timedelta(days=1), time())
    return datetime.combine(focus.day, time()) if says_same_day(text) else now


def names_weekday_in_focus(parser: Parser, day: date, text: str, now: datetime) -> bool:
    """Whether the message points back with «ese», «aquel» or «mismo» to a weekday that is the day in focus's."""
    said = words(text)
    return any(lead in THAT_WEEKDAY and weekday_said(parser, f"el {word}", now) == day.weekday()
               for lead, word in pairwise(said))


def asked_for_the_day(parser: Parser, understanding: Understanding, on: datetime, now: datetime) -> Understanding:
    """«¿qué tiene el alcalde ese mismo día?»: a look-up of a period that names none asks for the day in focus (`on`,
    the reference moment moved there; `now` when nothing moved it), not for today."""
    spec = parser.intents.get(understanding.intent)
    if on == now or spec is None or "date_from" not in spec.slots or understanding.slots.get("date_from"):
        return understanding
    return replace(understanding, slots={**understanding.slots, "date_from": on.date(), "date_to": on.date()})
