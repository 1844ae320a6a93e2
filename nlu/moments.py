"""From the atoms of a message to the moment it is about: start, end, and the spans that said so.

SPEC.md: a moment (datetime) only when a time is named; a part of the day alone gives none but
moves a bare hour ("el viernes en la tarde a las 6" is 18:00); a deadline ("confirmar antes
del 5") is never the start; a bare hour from 1 to 7 is afternoon.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from nlu.dates import DAY, PART, RANGE, TIME, Atom

Moment = date | datetime


class When(NamedTuple):
    """What a message says about when: a day or moment, an optional end, the part of the day."""

    start: Moment | None = None
    end: Moment | None = None
    part: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    deadline: Moment | None = None


def event_when(atoms: list[Atom], now: datetime) -> When:
    """The start (and end) of the event a message describes, deadlines set apart.

    A day already past ("por el incendio de ayer") only tells why, when another day says when.
    """
    own = [atom for atom in atoms if not atom.deadline]
    ahead = [atom for atom in own if not _past(atom, now.date())]
    if len(ahead) < len(own) and any(atom.kind in (DAY, RANGE) for atom in ahead):
        own = ahead
    deadline = _combine([atom for atom in atoms if atom.deadline], now, atoms)
    when = _combine(own, now, atoms)
    return When(when.start, when.end, when.part, when.spans, deadline.start)


def first_when(atoms: list[Atom], now: datetime) -> When:
    """The first date or time expression, deadline or not, for a follow-up answer."""
    return _combine(atoms, now, atoms)


def query_range(atoms: list[Atom], now: datetime) -> tuple[date | None, date | None, tuple[int, int] | None]:
    """The days a query covers: one day, a range, or from today up to a day said with "hasta"."""
    today = now.date()
    for atom in atoms:
        if atom.kind in (DAY, RANGE) and atom.first is not None:
            first = today if atom.deadline and atom.first >= today else atom.first
            return first, atom.last, (atom.start, atom.end)
        if atom.kind == PART and atom.first is not None:
            return atom.first, atom.last, (atom.start, atom.end)
    return None, None, None


def _past(atom: Atom, today: date) -> bool:
    return atom.kind in (DAY, RANGE) and atom.last is not None and atom.last < today


def _combine(atoms: list[Atom], now: datetime, context: list[Atom]) -> When:
    day = next((a for a in atoms if a.kind in (DAY, RANGE)), None)
    clock = next((a for a in atoms if a.kind == TIME), None)
    part_atom = next((a for a in context if a.kind == PART), None)
    part = part_atom.part if part_atom else None
    spans = tuple((a.start, a.end) for a in (day, clock) if a is not None)
    if day is None and clock is None:
        implied = part_atom.first if part_atom and part_atom in atoms else None
        return When(implied, None, part, ((part_atom.start, part_atom.end),) if implied and part_atom else ())
    first = day.first if day else (part_atom.first if part_atom and part_atom.first else None)
    if clock is None:
        last = day.last if day and day.kind == RANGE else None
        return When(first, last, part, spans)
    start_minutes = minutes_of(clock.hour or 0, clock.minute, clock.clock, part)
    if first is None:
        first = now.date() if start_minutes >= now.hour * 60 + now.minute else now.date() + timedelta(days=1)
    start = at(first, start_minutes)
    end = None
    if clock.end_hour is not None:
        end_minutes = minutes_of(clock.end_hour, clock.end_minute, clock.clock, part)
        if end_minutes <= start_minutes:
            end_minutes = minutes_of(clock.end_hour, clock.end_minute, "pm", part)
        end = at(first, end_minutes)
    elif day is not None and day.kind == RANGE:
        end = day.last
    return When(start, end, part, spans)


def minutes_of(hour: int, minute: int, clock: str, part: str | None) -> int:
    """Minutes after midnight for a said hour; may pass 24:00 ("las 12 de la noche")."""
    qualifier = clock or part or ""
    if qualifier in ("am", "madrugada"):
        hour = 0 if hour == 12 else hour
    elif qualifier in ("pm", "tarde"):
        hour = hour + 12 if hour < 12 else hour
    elif qualifier == "noche":
        hour = hour + 12 if hour < 12 and hour >= 5 else (24 if hour == 12 else hour)
    elif qualifier == "" and 1 <= hour <= 7:
        hour += 12
    return hour * 60 + minute


def at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def efemeride_date(day: Atom, once: bool) -> str:
    """Yearly by default; with a year written or "solo este año", that one date."""
    assert day.first is not None
    if once or day.year_given:
        return day.first.isoformat()
    return day.first.strftime("%m-%d")
