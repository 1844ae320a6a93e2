"""What a preview must point out before the user says yes: a date said two ways that disagree, a clock time
that a DST change skips or repeats.

«el martes 14» when the 14th is a Wednesday: the parser keeps the number (SPEC), and the preview says
so, naming both days, so the user can correct it before storing. «a las 0:30» on the night Chile moves
its clocks forward does not exist (it is stored as 01:30), and «a las 23:30» on the night they go back
happens twice (the first is stored): the preview says which. Weekdays are recognised by what the date
grammar does with them (the same weekday from any reference day), not by a list of names here.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from handlers.format import MONTHS, WEEKDAYS, day_text
from handlers.reply import PendingKind, Reply
from handlers.slot_values import day_of
from nlu import Parser
from nlu.moments import clock_shows
from storage.folding import fold

WORD_AND_NUMBER = re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?![\d:.,h])", re.UNICODE)
"""«martes 14», «mié 14»: a word before a day's number, a weekday when the date grammar reads it as one."""
PROBES = (0, 1, 7)
"""Reference days (from today) a weekday is read against: a weekday lands on the same weekday from each, and
on another date a week later; «mañana» moves its weekday a day later, a month keeps its date."""
MOMENT_SLOTS = ("start", "end")


def noted(parser: Parser, reply: Reply, text: str, now: datetime, zone: tzinfo) -> Reply:
    """The reply, with its notes put above the preview's question, when it proposes a write."""
    if reply.pending is None or reply.pending.kind is not PendingKind.CONFIRM:
        return reply
    notes = weekday_notes(parser, text, now) + clock_notes(reply.pending.slots, zone)
    if not notes:
        return reply
    head, _, question = reply.text.rpartition("\n\n")
    if not head:
        return replace(reply, text="\n".join([reply.text, *notes]))
    return replace(reply, text="\n".join([head, *notes]) + f"\n\n{question}")


def weekday_notes(parser: Parser, text: str, now: datetime) -> list[str]:
    """«Ojo: el 14 de octubre es miércoles, no martes …» for each weekday said beside a number it does not fit."""
    notes = []
    for found in WORD_AND_NUMBER.finditer(text):
        weekday = _weekday(parser, found.group(1), now)
        if weekday is None:
            continue
        said, _ = parser.moment(text[found.start():], now)
        day = day_of(said)
        if not isinstance(day, date) or day.day != int(found.group(2)) or day.weekday() == weekday:
            continue
        near = next(day + timedelta(days=step) for step in (-1, 1, -2, 2, -3, 3)
                    if (day + timedelta(days=step)).weekday() == weekday)
        notes.append(f"Ojo: el {day.day} de {MONTHS[day.month - 1]} es {WEEKDAYS[day.weekday()]}, no "
                     f"{WEEKDAYS[weekday]}. Lo dejé el {day_text(day)} (manda el número); si era el "
                     f"{day_text(near)}, dígamelo («no, el {WEEKDAYS[weekday]} {near.day}»).")
    return notes


def clock_notes(slots: dict[str, Any], zone: tzinfo) -> list[str]:
    """A time the clock skips or shows twice on a DST change day, said plainly."""
    notes = []
    for moment in _moments(slots):
        shown = clock_shows(moment, zone)
        when = f"el {day_text(moment.date())}"
        if shown != moment:
            notes.append(f"Ojo: {when} cambia la hora (el reloj se adelanta) y las {moment:%H:%M} no existen; "
                         f"quedaría a las {shown:%H:%M}. Si es otra hora, dígamela.")
        elif moment.replace(tzinfo=zone, fold=0).utcoffset() != moment.replace(tzinfo=zone, fold=1).utcoffset():
            notes.append(f"Ojo: {when} cambia la hora (el reloj se atrasa) y las {moment:%H:%M} ocurren dos veces; "
                         f"la anoto en la primera, antes del cambio.")
    return notes


def _moments(slots: dict[str, Any]) -> list[datetime]:
    """The local wall times a proposal holds: its start and end, or a change's new day and time."""
    moments = [value for slot in MOMENT_SLOTS if isinstance(value := slots.get(slot), datetime)]
    day, at = slots.get("date"), slots.get("time")
    if not moments and isinstance(day, str) and isinstance(at, str):
        with suppress(ValueError):
            moments.append(datetime.fromisoformat(f"{day}T{at}"))
    return [moment.replace(tzinfo=None) for moment in moments]


def _weekday(parser: Parser, word: str, now: datetime) -> int | None:
    """The weekday a word names, when the date grammar reads it as one («mañana» moves its weekday, a month name
    keeps its date)."""
    return weekday_said(parser, f"el {fold(word)}", now)


def weekday_said(parser: Parser, text: str, now: datetime) -> int | None:
    """The weekday a text names and nothing more («el viernes», «no, mejor el lunes»): it lands on the same weekday,
    on different days, from each reference day."""
    days = []
    for offset in PROBES:
        said, _ = parser.moment(text, now + timedelta(days=offset))
        day = day_of(said)
        if not isinstance(day, date):
            return None
        days.append(day)
    if len({day.weekday() for day in days}) != 1 or len(set(days)) == 1:
        return None
    return days[0].weekday()
