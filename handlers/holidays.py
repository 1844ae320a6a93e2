"""Public holidays, asked in words: «¿el viernes es feriado?», «feriados de septiembre», «¿cuándo es el próximo
feriado?», «¿hay fin de semana largo este mes?».

The calendar is the one deadlines count by (`handlers/working_days.py`), so the answer and a complaint's due day
never disagree. A day that is no holiday says whether it is a working day, since that is what staff want to know.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from handlers.capability import PERIOD, Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.format import day_text
from handlers.reply import Reply
from handlers.working_days import holidays_between, is_working_day

LOOK_AHEAD = timedelta(days=366)
"""How far «el próximo feriado» is looked for: every year has one within a year."""
LONG_WEEKEND = 3
"""Days off in a row (weekend and holidays) that make a long weekend."""


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    start, end = (slots.get(name) for name in PERIOD)
    long_only = slots.get("long_weekend") is True
    if not isinstance(start, date):
        return _next(ctx, long_only)
    end = end if isinstance(end, date) and end >= start else start
    found = holidays_between(start, end)
    if start == end:
        return Reply(_one_day(ctx, start, found))
    found = [(day, name) for day, name in found if _long_weekend(day)] if long_only else found
    span = f"{day_text(start, ctx.today)} al {day_text(end, ctx.today)}"
    if not found:
        return Reply(f"No hay {'fines de semana largos' if long_only else 'feriados'} del {span}.")
    lines = [f"Feriados del {span}:"]
    told: set[str] = set()
    for day, name in found:  # a run of holidays (Fiestas Patrias) names its long weekend once
        weekend = _long_weekend(day)
        lines.append(f"• {day_text(day, ctx.today)}: {name}{'' if weekend in told else weekend}")
        told.add(weekend)
    return Reply("\n".join(lines))


def _one_day(ctx: Context, day: date, found: list[tuple[date, str]]) -> str:
    """Said without «sí» or «no»: staff ask «¿es feriado?» as often as «¿se trabaja?»."""
    said = _the_day(day, ctx.today).capitalize()
    if found:
        return f"{said} es feriado: {found[0][1]}{_long_weekend(day)}."
    if not is_working_day(day):
        return f"{said} no es feriado, pero es fin de semana."
    return f"{said} no es feriado; es día hábil."


def _next(ctx: Context, long_only: bool) -> Reply:
    """The next holiday, or the next one that makes a long weekend when that is what was asked."""
    coming = [(day, name) for day, name in holidays_between(ctx.today + timedelta(days=1), ctx.today + LOOK_AHEAD)
              if not long_only or _long_weekend(day)]
    if not coming:
        return Reply("No encuentro feriados en el próximo año.")
    day, name = coming[0]
    return Reply(f"El próximo feriado es {_the_day(day, ctx.today)}: {name}{_long_weekend(day)}.")


def _the_day(day: date, today: date) -> str:
    """«el martes 8 de diciembre», or «mañana jueves 15», as a sentence names a day."""
    near = day_text(day, today)
    return near if near.startswith(("hoy", "mañana")) else f"el {near}"


def _long_weekend(day: date) -> str:
    """« (fin de semana largo: del sábado al lunes)» when the holiday joins a weekend in a run of days off."""
    first = last = day
    while not is_working_day(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while not is_working_day(last + timedelta(days=1)):
        last += timedelta(days=1)
    if (last - first).days + 1 < LONG_WEEKEND:
        return ""
    return f" (fin de semana largo: del {day_text(first)} al {day_text(last)})"


HANDLERS = {"holiday.query": query}
CAPABILITY = Capability(
    "holidays", HANDLERS,
    help=(HelpLine("Feriados", "¿el viernes es feriado? / feriados de septiembre"),),
    follow_ups={"holiday.query": FollowUp(period=PERIOD)},
)
