"""A period said before the day: «agenda reunión con el seremi la próxima semana» → «¿qué día?» → «el martes».

The request names a week or a month but no day, so the handler asks for the day; the answer's weekday
then means that period's one, not the next one after today. The period travels with the question
(a slot of the pending step that no handler reads) and is used only when the answer names a weekday
that the period holds: «mañana» or «el 15» mean what they always mean.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from handlers.reply import PendingKind, Reply
from handlers.slot_values import day_of
from nlu import Parser

PERIOD = "_period"
"""The pending step's slot holding the period said, as [first day, last day]."""
DAY_SLOTS = frozenset({"start", "date"})
RANGE_INTENT = "agenda.query"
"""An intent whose slots read a range of days (date_from, date_to) out of any message."""


def with_period(parser: Parser, text: str, now: datetime, reply: Reply) -> Reply:
    """The question for a missing day, carrying the period the request named (when it named one)."""
    pending = reply.pending
    if pending is None or pending.kind is not PendingKind.ASK or pending.slot not in DAY_SLOTS:
        return reply
    said = parser.parse_as(text, now, RANGE_INTENT).slots
    first, last = said.get("date_from"), said.get("date_to")
    if not isinstance(first, date) or not isinstance(last, date) or last <= first:
        return reply
    return replace(reply, pending=replace(pending, slots={**pending.slots, PERIOD: [first, last]}))


def without_period(slots: dict[str, Any]) -> dict[str, Any]:
    return {slot: value for slot, value in slots.items() if slot != PERIOD}


def fill_within(parser: Parser, intent: str, slot: str, said: str, now: datetime, slots: dict[str, Any]) -> Any:
    """The answer's value, moved into the pending period when it names a weekday that falls outside it."""
    value = parser.fill(intent, slot, said, now)
    period = slots.get(PERIOD)
    day = day_of(value)
    if not period or day is None or period[0] <= day <= period[1]:
        return value
    first, last = period
    shifted = parser.fill(intent, slot, said, datetime.combine(first - timedelta(days=1), now.time()))
    other = day_of(shifted)
    if other is not None and first <= other <= last and other.weekday() == day.weekday():
        return shifted
    return value


