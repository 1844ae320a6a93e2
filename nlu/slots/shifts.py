"""A stored record moved by a length of time rather than to a moment: «adelántala una hora», «atrásala media
hora», «córrela 30 minutos», «que empiece un cuarto de hora más tarde».

The length is a number (digits or a word of the lexicon's [numbers]) before a unit of [duration_units], with an
optional «y media»/«y cuarto», or a fraction word of [minute_words] before «hora» («media hora», «un cuarto de
hora»). Its direction is a cue of the capability (`shift_earlier`, `shift_later`); a length with no direction is
no shift. The slot holds signed minutes («-60»).
"""

from __future__ import annotations

import re
from functools import cache

from nlu.lexicon import load
from nlu.slots.common import Context, Span

QUARTERS = {"un cuarto de": 15, "tres cuartos de": 45}
"""Fractions said before the unit that are not a single word of [minute_words]."""


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, int], dict[str, int], dict[str, int]]:
    lexicon = load()
    units, numbers, fractions = (dict(lexicon[name]) for name in ("duration_units", "numbers", "minute_words"))
    number = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    fraction = "|".join(sorted(map(re.escape, fractions), key=len, reverse=True))
    quarter = "|".join(map(re.escape, QUARTERS))
    pattern = re.compile(
        rf"(?<![a-z0-9:])(?<!\blas\s)(?<!\bla\s)"  # «a las 16 h» is a clock time
        rf"(?:(?P<count>\d{{1,3}}|{number})\s+(?P<unit>{unit})(?:\s+y\s+(?P<plus>{fraction}))?"
        rf"|(?:(?P<part>{fraction})|(?P<quarter>{quarter}))\s+(?P<hour>hora))(?![a-z0-9])")
    return pattern, units, numbers, fractions


def put_shift(ctx: Context) -> Span | None:
    """Put `shift` (signed minutes) when the message moves the record by a length of time; the length's span."""
    found = shift_of(ctx)
    if found is None:
        return None
    minutes, span = found
    ctx.put("shift", str(minutes), span)
    return span


def shift_of(ctx: Context) -> tuple[int, Span] | None:
    """The signed minutes a message moves a record by, and where the length is said; None when it names none."""
    earlier, later = ctx.cue("shift_earlier"), ctx.cue("shift_later")
    if earlier is None and later is None:
        return None
    pattern, units, numbers, fractions = _patterns()
    found = pattern.search(ctx.norm)
    if found is None:
        return None
    if found.group("unit"):
        count = found.group("count")
        minutes = (int(count) if count.isdigit() else numbers[count]) * units[found.group("unit")]
        minutes += fractions.get(found.group("plus") or "", 0) * units[found.group("unit")] // 60
    else:
        minutes = fractions.get(found.group("part") or "", 0) or QUARTERS[found.group("quarter")]
    if not minutes:
        return None
    return (-minutes if earlier is not None else minutes), found.span()
