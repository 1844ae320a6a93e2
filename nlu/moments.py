"""From the atoms of a message to the moment it is about: start, end, and the spans that said so.

SPEC.md: a moment (datetime) only when a time is named; a part of the day alone gives none but
moves a bare hour ("el viernes en la tarde a las 6" is 18:00); a deadline ("confirmar antes
del 5") is never the start; a bare hour from 1 to 7 is afternoon. A date said wrongly gives no moment at all.
Moments are naive local wall time as said, DST change days included (see `at`); `event_when`, `first_when`
and `query_range` never raise at the ends of the calendar: a moment past year 9999 is dropped.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from nlu import calendar
from nlu.dates import DAY, INVALID, PART, RANGE, TIME, Atom

Moment = date | datetime
HALF_DAY = 12 * 60


class When(NamedTuple):
    """What a message says about when: a day or moment, an optional end, the part of the day."""

    start: Moment | None = None
    end: Moment | None = None
    part: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    deadline: Moment | None = None


def event_when(atoms: list[Atom], now: datetime) -> When:
    """The start (and end) of the event a message describes, deadlines set apart.

    A day already past ("por el incendio de ayer") only tells why, when another day says when; the day a
    document came in ("con fecha de hoy se recibió") never does. A date said wrongly ("el 30 de febrero")
    gives no start at all, rather than a time on some other day.
    """
    own = [atom for atom in atoms if not (atom.deadline or atom.received)]
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
    """The days a query covers: one day, a range, or from today up to a day said with "hasta"; none when
    the day asked for is not on the calendar."""
    today = now.date()
    for atom in atoms:
        if atom.kind == INVALID:
            return None, None, None
        if atom.kind in (DAY, RANGE) and atom.first is not None:
            first = today if atom.deadline and atom.first >= today else atom.first
            return first, atom.last, (atom.start, atom.end)
        if atom.kind == PART and atom.first is not None:
            return atom.first, atom.last, (atom.start, atom.end)
    return None, None, None


def invalid_span(atoms: list[Atom]) -> tuple[int, int] | None:
    """Where a date or time said wrongly is ("el 30 de febrero", "a las 25:00"), so that the office is told
    the date does not exist and asked again, instead of finding it moved to another day."""
    return next(((a.start, a.end) for a in atoms if a.kind == INVALID), None)


def _past(atom: Atom, today: date) -> bool:
    return atom.kind in (DAY, RANGE) and atom.last is not None and atom.last < today


def _within(inner: Atom, outer: Atom) -> bool:
    """Whether `inner` is a shorter stretch inside the range `outer`: «este año … el domingo 4» says the day within
    the year, and the day is when."""
    if outer.kind != RANGE or None in (inner.first, inner.last, outer.first, outer.last):
        return False
    return outer.first <= inner.first and inner.last <= outer.last \
        and inner.last - inner.first < outer.last - outer.first


def _combine(atoms: list[Atom], now: datetime, context: list[Atom]) -> When:
    if any(a.kind == INVALID for a in atoms):
        return When()
    days = [a for a in atoms if a.kind in (DAY, RANGE)]
    day = next((a for a in days if not any(_within(b, a) for b in days)), None)
    clock = next((a for a in atoms if a.kind == TIME and a.hour is not None), None)
    ends = [a for a in atoms if a.kind == TIME and a.hour is None]
    # The end said after the start, else before it: «hasta las doce y cuarto, desde las once».
    until = next((a for a in ends if clock is None or a.start > clock.start), ends[0] if ends else None)
    part_atom = next((a for a in context if a.kind == PART), None)
    part = part_atom.part if part_atom else None
    spans = tuple((a.start, a.end) for a in (day, clock, until) if a is not None)
    if day is None and clock is None and until is None:
        implied = part_atom.first if part_atom and part_atom in atoms else None
        return When(implied, None, part, ((part_atom.start, part_atom.end),) if implied and part_atom else ())
    first = day.first if day else (part_atom.first if part_atom and part_atom.first else None)
    if clock is None and until is None:
        last = day.last if day and day.kind == RANGE else None
        return When(first, last, part, spans)
    start_minutes = minutes_of(clock.hour or 0, clock.minute, clock.clock, part) if clock else None
    end_minutes = _end_minutes(clock if clock and clock.end_hour is not None else until, start_minutes, part)
    if first is None:
        said = start_minutes if start_minutes is not None else end_minutes or 0
        first = now.date() if said >= now.hour * 60 + now.minute else calendar.add_days(now.date(), 1)
    start = _on(first, start_minutes)
    if start is None:
        return When()
    end = _on(first, end_minutes) if end_minutes is not None else None
    if end is None and day is not None and day.kind == RANGE:
        end = day.last
    return When(start, end, part, spans)


def _on(day: date | None, minutes: int | None) -> Moment | None:
    """The day, or the moment `minutes` after its midnight; None when that falls off the calendar (a time
    after midnight of 31 December 9999)."""
    if day is None or minutes is None:
        return day
    try:
        return at(day, minutes)
    except calendar.OUT_OF_CALENDAR:
        return None


def _end_minutes(clock: Atom | None, start_minutes: int | None, part: str | None) -> int | None:
    """When an activity ends, from "de 10 a 12" or "hasta las 13": the first time after the start that the
    clock shows the end said, so an end before the start is the afternoon's ("de 11 a 1") or the next
    day's ("de 22:00 a 02:00", "de 23 a 1")."""
    if clock is None or clock.end_hour is None:
        return None
    end_minutes = minutes_of(clock.end_hour, clock.end_minute, clock.clock, part)
    step = HALF_DAY if clock.end_hour < HALF_DAY // 60 else 2 * HALF_DAY
    while start_minutes is not None and end_minutes <= start_minutes:
        end_minutes += step
    return end_minutes


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
    """The wall-clock moment `minutes` after the day's midnight (may pass into the next day).

    Moments are naive local wall time, as said: the parser knows no time zone. On a DST change day a
    time that the clock skips ("a las 0:15" on Chile's first Sunday of September, when 00:00 becomes
    01:00) or shows twice is still given as said, never dropped or moved here; whoever knows the
    configured zone makes it an instant (zoneinfo: a skipped time moves forward by the gap, a repeated
    one is its first occurrence, `fold=0`) and tells the office when the two differ. Past 31 December
    9999 raises OverflowError (`calendar.OUT_OF_CALENDAR`); `_combine` drops such a moment.
    """
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def clock_shows(moment: datetime, zone: tzinfo) -> datetime:
    """The wall time the clock really shows for a moment said in `zone`: itself on ordinary days, an hour
    later for a time the DST change skips ("0:15" on 6 September 2026 in Chile is 01:15), the first of the
    two for a time it repeats. Naive, like the moment (and the moment itself at the ends of time); a caller
    that finds it different from what was said tells the office so."""
    try:
        return moment.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    except calendar.OUT_OF_CALENDAR:
        return moment


def efemeride_date(day: Atom, once: bool) -> str:
    """Yearly by default; with a year written or "solo este año", that one date."""
    assert day.first is not None
    if once or day.year_given:
        return day.first.isoformat()
    return day.first.strftime("%m-%d")
