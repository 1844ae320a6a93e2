"""Holidays asked about: the day or period named («¿el viernes es feriado?», «feriados de septiembre»), none for
«¿cuándo es el próximo feriado?» (the handler looks ahead from today), and whether long weekends are asked for.

«fin de semana largo» is what is asked about, never the period: «¿hay fin de semana largo en octubre?» asks about
October, «¿cuándo es el próximo fin de semana largo?» names no period at all."""

from __future__ import annotations

from nlu.moments import query_range
from nlu.slots.common import Context


def query(ctx: Context) -> None:
    asked = [match.span() for match in ctx.vocabulary.cue("long_weekend").finditer(ctx.norm)]
    if asked:
        ctx.put("long_weekend", True, asked[0])
    period = [a for a in ctx.atoms if not any(start < a.end and a.start < end for start, end in asked)]
    if period:
        first, last, span = query_range(period, ctx.now)
        ctx.put("date_from", first, span)
        ctx.put("date_to", last, span)
