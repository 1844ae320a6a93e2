"""The day and the hour a correction says, read against the proposal that waits: only what it names changes.

«a las 19» keeps the pending day, «el jueves» the pending hour, «no, es el 15» the pending month, «hasta las 13» is
an end; a yearly record's bare day stays in its own month. `bot.corrections` asks this for whichever moment slot
(start, date and time, date, the day something came in) the pending intent declares.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.preview_notes import weekday_said
from handlers.slot_values import day_of
from nlu import Parser
from storage.folding import fold

PENDING_DAY = re.compile(r"(?:(?P<year>\d{4})-)?(?P<month>\d{2})-(?P<day>\d{2})")
"""A proposal's date slot: `MM-DD` every year, `YYYY-MM-DD` once."""

UNTIL_WORDS = frozenset({"hasta", "termine", "termina", "terminaria", "terminar", "acabe", "acaba", "acabar",
                         "finalice", "finaliza", "finalizar", "dure", "dura", "durar", "cierre", "cierra"})
"""Words that make an hour said while an activity waits its end, not a new start («y que termine a las 12»)."""

PAST_DAY_SLOTS = ("received",)
"""Slots holding the day something came in («ingresó el miércoles 10, no hoy»): a day named corrects it, read as past
by the capability's own reading (its deadline counts from it)."""

MONTH_PROBES = (datetime(2001, 1, 1), datetime(2001, 7, 1), datetime(2001, 7, 2))
FAR_AHEAD = timedelta(days=401)
"""A second reference day, far enough that only a message naming no day gives its own day back at both."""


def moment_changes(parser: Parser, intent: str, declared: set[str], slots: dict[str, Any], text: str,
                   now: datetime) -> dict[str, Any]:
    """The moment slots among `declared` that `text` changes in a pending proposal with `slots`."""
    changes: dict[str, Any] = {}
    if "start" in declared:
        changes.update(_when(parser, intent, slots, text, now))
    elif "time" in declared:
        changes.update(_day_and_time(parser, text, now))
    elif "date" in declared:
        value = (_same_month(slots.get("date"), month_free_day(parser, text))
                 or parser.fill(intent, "date", text, now)) if _names_a_day(parser, text, now) else None
        value = value or _how_often(parser, intent, slots.get("date"), text, now)
        if value is not None:
            changes["date"] = value
    for slot in PAST_DAY_SLOTS:
        if slot in declared and _names_a_day(parser, text, now) and (
                day := parser.parse_as(text, now, intent).slots.get(slot)) is not None:
            changes[slot] = day
    return changes


def _when(parser: Parser, intent: str, slots: dict[str, Any], text: str, now: datetime) -> dict[str, Any]:
    """A new start that keeps what the message does not name: the day, or the hour, of the pending one."""
    said, until = parser.moment(text, now)
    if said is None:
        return {}
    has_time = isinstance(said, datetime)
    has_day = _names_a_day(parser, text, now)
    old = slots.get("start")
    if not has_day and isinstance(old, datetime):  # «hasta las 13» reads as an end alone; «que termine a las 12» not
        if isinstance(until, datetime) and not has_time:
            return {"end": _end_after(old, until.time())}
        if has_time and says_until(text):
            return {"end": _end_after(old, said.time())}
    old_day = day_of(old)
    day_only = month_free_day(parser, text) if has_day and old_day is not None else None
    if day_only is not None and old_day is not None:
        kept = _with_day(old_day, day_only)
        said = datetime.combine(kept, said.time()) if isinstance(said, datetime) else kept
    elif has_day and old_day is not None and (near := _weekday_near(parser, text, now, said, old_day)) is not None:
        said = datetime.combine(near, said.time()) if isinstance(said, datetime) else near
    if has_time and not has_day:
        start: date | datetime = datetime.combine(old_day or said.date(), said.time())
    elif has_day and not has_time and isinstance(old, datetime):
        start = datetime.combine(said, old.time())
    else:
        start = said
    changes: dict[str, Any] = {"start": start}
    end = slots.get("end")
    if isinstance(end, datetime) and isinstance(old, datetime) and isinstance(start, datetime):
        changes["end"] = start + (end - old)
    return changes


def says_until(text: str) -> bool:
    """«y que termine a las 12», «hasta las 13 nomás», «que dure hasta la una»: the hour said is when it ends."""
    return not UNTIL_WORDS.isdisjoint(fold(text).split())


def _end_after(start: datetime, said: time) -> datetime:
    """The end on the start's day; an hour read before the start is the same hour in the afternoon («de 11 hasta
    las 1»), since nothing ends before it begins."""
    end = datetime.combine(start.date(), said)
    return end if end > start or end + timedelta(hours=12) <= start else end + timedelta(hours=12)


def _how_often(parser: Parser, intent: str, pending: Any, text: str, now: datetime) -> str | None:
    """«no, solo este año» to a yearly efeméride on 12-03: the proposal's day, read again with the clause after it,
    falls otherwise (2026-12-03) when the clause says how often it falls; None when it says nothing of that."""
    found = PENDING_DAY.fullmatch(str(pending or ""))
    if found is None:
        return None
    spelled = "/".join(str(int(part)) for part in (found["day"], found["month"], found["year"]) if part)
    value = parser.fill(intent, "date", f"{spelled} {text}", now)
    return value if value is not None and value != parser.fill(intent, "date", spelled, now) else None


YEARLY = {"efemeride.update": "day_of_month"}
"""Changes of a record that recurs each year, and the slot that moves it to another day of its own month."""


def in_its_month(parser: Parser, intent: str, slots: dict[str, Any], text: str) -> dict[str, Any]:
    """«en realidad es el 8, corrígelo» of an efeméride on 12 March: the 8th of March, not of the month ahead; a
    bare day said of a yearly record keeps its month (the handler knows the month, the words do not)."""
    slot = YEARLY.get(intent)
    day = month_free_day(parser, text) if slot and slots.get("date") else None
    return slots if day is None else {**{key: value for key, value in slots.items() if key != "date"}, slot: day}


def month_free_day(parser: Parser, text: str) -> int | None:
    """The day of the month when the message names only that («no, es el 15»): it then keeps the pending month.

    Read against references in different months and on the next day: a bare day lands on the same number in each
    reference's month; a weekday, a month or a relative day («mañana» lands on the 2nd from the 1st) does not.
    """
    read = [parser.moment(text, reference)[0] for reference in MONTH_PROBES]
    days = [day_of(value) for value in read]
    if any(not isinstance(day, date) for day in days):
        return None
    months = (days[0].month, days[1].month)
    if months == (MONTH_PROBES[0].month, MONTH_PROBES[1].month) and len({day.day for day in days}) == 1:
        return days[0].day
    return None


def _weekday_near(parser: Parser, text: str, now: datetime, said: date | datetime, old_day: date) -> date | None:
    """«no es el jueves, es el viernes» to a proposal for Thursday the 17th: the Friday of the proposal's week (the
    18th), not the next Friday from today. Only a bare weekday, the next one from today (`said`, the message read
    from now), is read this way; a day already past keeps the reading from today."""
    weekday = weekday_said(parser, text, now)
    if weekday is None:
        return None
    ahead = (weekday - now.weekday() - 1) % 7 + 1
    said_day = day_of(said)
    if said_day != now.date() + timedelta(days=ahead):
        return None
    near = old_day + timedelta(days=weekday - old_day.weekday())
    return near if near > now.date() else None


def _with_day(day: date, number: int) -> date:
    try:
        return day.replace(day=number)
    except ValueError:
        return day


def _same_month(pending: Any, number: int | None) -> str | None:
    """A yearly («04-14») or one-off («2027-04-14») efeméride date with another day of the same month."""
    if number is None or not isinstance(pending, str) or not re.fullmatch(r"(\d{4}-)?\d{2}-\d{2}", pending):
        return None
    return f"{pending[:-2]}{number:02d}"


def _day_and_time(parser: Parser, text: str, now: datetime) -> dict[str, Any]:
    """A change's new day and new time, each only when said, as the change intents hold them (ISO text)."""
    said, _ = parser.moment(text, now)
    if said is None:
        return {}
    changes: dict[str, Any] = {}
    if _names_a_day(parser, text, now):
        changes["date"] = day_of(said).isoformat()
    if isinstance(said, datetime):
        changes["time"] = said.strftime("%H:%M")
    return changes


def _names_a_day(parser: Parser, text: str, now: datetime) -> bool:
    """Whether the message names a day: a day-free «a las 19» falls on the reference day whatever it is, and so does
    «hoy», which names one all the same (the parser's day words tell them apart), so «mejor hoy a las 5» moves the
    day and «no, hoy» keeps the pending hour."""
    if parser.names_day(text, now):
        return True
    for reference in (datetime.combine(now.date(), time()), datetime.combine(now.date() + FAR_AHEAD, time())):
        said, _ = parser.moment(text, reference)
        if said is None:
            return False
        day = day_of(said)
        if day != reference.date():
            return True
    return False
