"""Efemérides: a date to remember every year ("MM-DD") or once ("YYYY-MM-DD"), and what it is."""

from __future__ import annotations

from nlu.dates import DAY
from nlu.moments import efemeride_date
from nlu.slots.common import Context, first_content
from nlu.slots.events import put_range


def create(ctx: Context) -> None:
    words = ctx.vocabulary
    day = next((a for a in ctx.atoms if a.kind == DAY and a.first is not None), None)
    once = [m.span() for m in words.cue("efemeride_once").finditer(ctx.norm)]
    if day is not None:
        ctx.put("date", efemeride_date(day, bool(once)), (day.start, day.end))
    # every word that says how often is left out of the title («efeméride única (no se repite): …»)
    taken = ctx.atom_spans() + [m.span() for m in words.cue("efemeride_yearly").finditer(ctx.norm)] + ctx.frame()
    taken += once + [m.span() for m in words.cue("efemeride_begins").finditer(ctx.norm)]
    # nor does «que se conmemora» after the name («el Día del Carabinero que se conmemora el 27 de abril»)
    taken += [m.span() for m in words.cue("efemeride_celebrated").finditer(ctx.norm)]
    noise = words.noise("frame_noise", "efemeride_create", "efemeride_framing", "request_lead", keep=("dia",))
    title = first_content(ctx.norm, ctx.segments(taken), noise)
    ctx.put_text("title", title, noise)


def query(ctx: Context) -> None:
    put_range(ctx)
