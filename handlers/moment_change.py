"""A new day or time for something already stored, said partly: a time alone keeps the day, a day alone the time.

"pásala a las 12" moves the activity within its day; "muévela al martes" keeps its hour; "al lunes a las 10"
sets both; "adelántala una hora" moves it by a length of time (`shift`, signed minutes), across midnight if it
must. The length is kept: a 10:00–11:30 meeting moved to 12:00 ends at 13:30, unless a new end is said too
(`end`: "que termine a las 11:30", "de 10 a 12"), which sets when it ends and leaves its start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.agenda_slots import SlotError, day_slot, moment_slot


@dataclass(frozen=True)
class Moment:
    day: date | None
    start_at: datetime | None
    end_at: datetime | None


def time_slot(value: Any) -> time | None:
    """`12:00`, a `time`, or a moment's time of day; None when absent."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.time().replace(tzinfo=None)
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError as error:
        raise SlotError(f"No entiendo la hora «{value}».") from error


def said_moment(slots: dict[str, Any]) -> tuple[date | None, time | None]:
    """The day and the time of day the slots name, each None when not said (`start` counts as both)."""
    day, at = day_slot(slots.get("date")), time_slot(slots.get("time"))
    start = slots.get("start")
    if start not in (None, ""):
        start_day = day_slot(start)
        start_time = time_slot(start) if isinstance(start, datetime) or "T" in str(start) else None
        day, at = day or start_day, at or start_time
    return day, at


NIGHT_STARTS, NIGHT_ENDS = 18, 6
"""An activity starting from 18:00 may end past midnight, before 06:00 of the next day."""
CHANGE_SLOTS = ("date", "time", "start", "end", "shift", "place", "title", "organizer")
"""What a change request may say about a record."""


def already(slots: dict[str, Any]) -> str:
    """«Ya está así. » when the request said a change that the record already has («pásala al lunes» when it is on
    Monday), so the question that follows does not read as if it was not heard."""
    return "Ya está así. " if any(slots.get(slot) not in (None, "") for slot in CHANGE_SLOTS) else ""


def new_moment(current: Moment, slots: dict[str, Any], zone: ZoneInfo) -> Moment | None:
    """Where the record lands after what the slots say of its day, time and shift; None when they say nothing. A time
    said beside a shift is where it lands («atrásala una hora, que quede a las 11»): the shift only told how far."""
    day, at = said_moment(slots)
    shift = _shift_slot(slots.get("shift"))
    end = time_slot(slots.get("end"))
    if not (day or at or shift or end):
        return None
    target = moved(current, day, at, zone) if day or at else current
    target = _shifted(target, shift, zone) if shift and at is None else target
    return _ending(target, end, zone) if end else target


def _ending(current: Moment, end: time, zone: ZoneInfo) -> Moment:
    """The record ending at `end` on its day, or past midnight for a night activity ("de 22 a 2"); an end before
    the start of a day activity is refused rather than read as the next day's."""
    if current.start_at is None or current.day is None:
        raise SlotError("No tiene hora de inicio: indique primero a qué hora empieza, por ejemplo «a las 10».")
    start = current.start_at.astimezone(zone)
    end_at = moment_slot(datetime.combine(start.date(), end), zone)[1]
    if end_at <= start and start.hour >= NIGHT_STARTS and end.hour < NIGHT_ENDS:
        end_at = moment_slot(datetime.combine(start.date() + timedelta(days=1), end), zone)[1]
    if end_at <= start:
        raise SlotError(f"No cambié nada: terminaría antes de empezar, que es a las {start:%H:%M}.")
    return Moment(current.day, current.start_at, end_at)


def _shift_slot(value: Any) -> int:
    try:
        return int(str(value or 0))
    except ValueError as error:
        raise SlotError(f"No entiendo el cambio de hora «{value}».") from error


def _shifted(current: Moment, minutes: int, zone: ZoneInfo) -> Moment:
    """The record `minutes` later (earlier when negative), its length kept; one with no time cannot be shifted."""
    if current.start_at is None:
        raise SlotError("No tiene hora: indique a qué hora queda, por ejemplo «a las 11».")
    delta = timedelta(minutes=minutes)
    start_at = current.start_at + delta
    end_at = current.end_at + delta if current.end_at else None
    return Moment(start_at.astimezone(zone).date(), start_at, end_at)


def moved(current: Moment, day: date | None, at: time | None, zone: ZoneInfo) -> Moment:
    """Where the record lands: what was not said stays as it was; an all-day record given a day stays all day."""
    new_day = day or current.day
    if new_day is None:
        raise SlotError("No tiene fecha: indique el día, además de la hora.")
    old_start = current.start_at.astimezone(zone) if current.start_at else None
    new_time = at or (old_start.time().replace(tzinfo=None) if old_start else None)
    if new_time is None:
        return Moment(new_day, None, None)
    start_at = moment_slot(datetime.combine(new_day, new_time), zone)[1]
    end_at = None
    if current.start_at and current.end_at and start_at:
        end_at = start_at + (current.end_at - current.start_at)
    return Moment(new_day, start_at, end_at)
