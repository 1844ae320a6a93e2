"""The day the conversation last spoke of, as the reference day of a message that says «ese mismo día» or «ese
sábado», or that goes on with it («y a las 13 almuerzo con los concejales» right after an activity tomorrow)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise, takewhile

from bot.dialogue_words import (
    ADDING_JOINERS,
    APOLOGIES,
    CORRECTION_HEADS,
    INTERJECTIONS,
    THAT_WEEKDAY,
    says_same_day,
    words,
)
from bot.preview_notes import weekday_said
from handlers.focus import Focus
from handlers.reply import Pending
from handlers.slot_values import day_of
from nlu import Parser
from nlu.understanding import Understanding

DAY_SLOTS = ("start", "date", "day")
"""The slots of a proposal that hold its day."""
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PUNCTUATION = ",;:.!¡¿?-"
MAX_OPENING = 3
"""Words that may open a message going on with the day: «ah y después …»."""


def on_the_day_in_focus(parser: Parser, focus: Focus, text: str, now: datetime) -> datetime:
    """«ese mismo día a las 4 hay reunión con el sindicato; agéndela también»: the day the conversation last spoke of
    (a dated record, or a day asked about) is the message's reference day, so a bare hour falls on it, not on
    today. «¿y qué tiene ese sábado?» of a record on Saturday the 23rd reads from the day before it, where «sábado»
    is the 23rd and not the Saturday after."""
    if focus.day is None:
        return now
    if names_weekday_in_focus(parser, focus.day, text, now):
        return datetime.combine(focus.day - timedelta(days=1), time())
    moved = weekday_corrected(parser, focus.day, text, now)
    if moved is not None:
        return datetime.combine(moved - timedelta(days=1), time())
    goes_on = focus.day >= now.date() and continues_the_day(parser, text, now)
    return datetime.combine(focus.day, time()) if says_same_day(text) or goes_on else now


def weekday_corrected(parser: Parser, day: date, text: str, now: datetime) -> date | None:
    """«corrijo: el desayuno es el jueves» of a breakfast on Wednesday the 6th: a correction («corrijo», «perdón», «me
    equivoqué») that names a bare weekday moves the record within its own week, to Thursday the 7th, not to the next
    Thursday from today; None when it says no such thing, or that day of the week is already past."""
    said = {word.strip(PUNCTUATION) for word in words(text)}
    weekday = weekday_said(parser, text, now) if not (CORRECTION_HEADS | APOLOGIES).isdisjoint(said) else None
    if weekday is None or day <= now.date():
        return None
    moved = day + timedelta(days=weekday - day.weekday())
    return moved if moved > now.date() else None


def on_the_proposals_day(parser: Parser, pending: Pending, text: str, now: datetime) -> datetime:
    """«ese mismo día a las 4 agenda también reunión con el sindicato», «después a las 16 reunión con la DOM» while a
    visit on Tuesday 1 waits: the proposal's day is the message's reference day, so its bare hour falls on that day,
    not on today."""
    said = next((value for slot in DAY_SLOTS if (value := pending.slots.get(slot)) not in (None, "")), None)
    day = day_of(said)
    if isinstance(said, str) and ISO_DAY.fullmatch(said[:10]):
        day = date.fromisoformat(said[:10])
    if day is None or not (says_same_day(text) or continues_the_day(parser, text, now)):
        return now
    return datetime.combine(day, time())


def continues_the_day(parser: Parser, text: str, now: datetime) -> bool:
    """«y a las 13 almuerzo …», «tb a las 9 desayuno …», «después a las 16 …»: a message that opens with a word
    joining it to what was just told and names an hour but no day goes on with that day. An hour said alone, with no
    joining word, is a correction or today's, and keeps its own reading."""
    opening = list(takewhile(lambda word: word in ADDING_JOINERS or word in INTERJECTIONS,
                             (word.strip(PUNCTUATION) for word in words(text)[:MAX_OPENING])))
    if ADDING_JOINERS.isdisjoint(opening):
        return False
    return isinstance(parser.moment(text, now)[0], datetime) and not parser.names_day(text, now)


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
