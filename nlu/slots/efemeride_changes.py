"""Changing or removing an efeméride: which one (`reference`), and for a change its new greeting, date or title.

The new value follows the reference: a greeting or title after a colon or "por" ("cambia el saludo del Día del
Bombero: Feliz día ..."), a date after the reference ("... es el 12 de marzo, no el 11", "... al 5 de junio").
A date corrected away ("no el 11") is neither the new date nor part of the reference.
"""

from __future__ import annotations

import re
from functools import cache

from nlu.dates import DAY
from nlu.lexicon import request_forms
from nlu.moments import efemeride_date
from nlu.slots.change_words import days_of_month_to
from nlu.slots.common import BREAK, Context, Span, first_content
from nlu.vocabulary import WordSet

NEW_TEXT = re.compile(r"\s*:\s*|\s+por\s+")
"""Where a new greeting or title starts: after a colon, else after "por"."""
REFERENCE_EXTRA = ("efemeride", "efemerides", "lista", "listado", "calendario", "ahora", "dice", "diga", "sea", "es",
                   "sera", "era", "seria", "fue", "cae", "queda", "nuevo", "nueva", "al",
                   "para", "mejor", "oye", "ya")
"""Words that frame how an efeméride is named, never its name («era el 22, corrígela»: «era» names nothing)."""
MOVING = ("pasar", "mover/mueve", "correr", "cambiar")
"""Verbs whose asking forms («muevan», «pásala», «córrela») may open or close how an efeméride is named."""


def update(ctx: Context) -> None:
    taken: list[Span] = []
    end = len(ctx.norm)
    for slot, cue in (("greeting", "efemeride_greeting"), ("title", "efemeride_title")):
        found = _new_text(ctx, cue)
        if found:
            separator, value = found
            ctx.put(slot, ctx.said(value), value)
            end = separator[0]
            break
    correction = _correction(ctx)
    if correction:
        taken.append(correction)
    if end == len(ctx.norm):
        _put_date(ctx, taken)
    _put_reference(ctx, ctx.segments(taken + ctx.frame(), 0, end))  # «perdón, el día del …»: not «perdón»


def delete(ctx: Context) -> None:
    """A date said here names the efeméride ("borra la efeméride del 12 de marzo"), so it stays in the reference."""
    _put_reference(ctx, ctx.segments([]))


def _new_text(ctx: Context, cue: str) -> tuple[Span, Span] | None:
    """(separator, value): the value runs to the end of the message, since a greeting may hold commas and dots."""
    field = ctx.cue(cue)
    separator = NEW_TEXT.search(ctx.norm, field.end()) if field else None
    if separator is None or not ctx.norm[separator.end():].strip(" .,;"):
        return None
    return separator.span(), (separator.end(), len(ctx.norm))


def _correction(ctx: Context) -> Span | None:
    """"no el 11", "en vez del 11 de marzo": to the end of its clause."""
    match = ctx.cue("efemeride_correction")
    if match is None:
        return None
    stop = BREAK.search(ctx.norm, match.end())
    return match.start(), stop.start() if stop else len(ctx.norm)


def _put_date(ctx: Context, taken: list[Span]) -> None:
    """The last day said, outside a correction; earlier days stay in the reference ("del 4 al 5 de junio"). A bare
    day of the month («cambia la del aniversario al 21») is only that day: the efeméride keeps its month."""
    days = [a for a in ctx.atoms if a.kind == DAY and a.first is not None
            and not any(start <= a.start < end for start, end in taken)]
    bare = [a for a in days_of_month_to(ctx) if not any(start <= a.start < end for start, end in taken)]
    if bare and not days:
        ctx.put("day_of_month", bare[-1].first.day, (bare[-1].start, bare[-1].end))
        taken.append((bare[-1].start - len("al "), bare[-1].end))
        return
    if not days:
        return
    day = days[-1]
    once = ctx.cue("efemeride_once")
    ctx.put("date", efemeride_date(day, once is not None), (day.start, day.end))
    taken.append((day.start, day.end))
    if once:
        taken.append(once.span())


def _put_reference(ctx: Context, segments: list[Span]) -> None:
    ctx.put_text("reference", first_content(ctx.norm, segments, _noise(ctx)), _noise(ctx))


def _noise(ctx: Context) -> WordSet:
    return ctx.vocabulary.noise("frame_noise", "efemeride_update", "efemeride_delete", "efemeride_fields",
                                "verdict_words",
                                extra=_extra())


@cache
def _extra() -> frozenset[str]:
    return frozenset(REFERENCE_EXTRA).union(*(request_forms(lemma) for lemma in MOVING))
