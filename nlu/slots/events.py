"""An activity put straight on the agenda, and questions about the agenda."""

from __future__ import annotations

from nlu.dates import PART, TIME
from nlu.moments import at, minutes_of, query_range
from nlu.slots.activity import put_place, put_title, put_when
from nlu.slots.common import Context


def create(ctx: Context) -> None:
    put_when(ctx)
    taken = ctx.atom_spans() + [(a, b) for a, b, _ in ctx.phones] + ctx.frame()
    words = ctx.vocabulary
    noise = words.noise("frame_noise", "event_create", "agenda", keep=words.cue_words["event_nouns"].exact)
    put_title(ctx, taken, noise)
    put_place(ctx, taken)


def agenda_query(ctx: Context) -> None:
    """Days asked for, the part of the day, whether it is an "is he free?" question, and a time if named."""
    put_range(ctx)
    part = next((a for a in ctx.atoms if a.kind == PART), None)
    if part and part.part in ("manana", "tarde", "noche"):
        ctx.put("part_of_day", part.part, (part.start, part.end))
    availability = ctx.vocabulary.cue("availability").search(ctx.norm)
    if availability:
        ctx.put("availability", True, availability.span())
    clock = next((a for a in ctx.atoms if a.kind == TIME), None)
    day = ctx.slots.get("date_from")
    if clock and day:
        minutes = minutes_of(clock.hour or 0, clock.minute, clock.clock, part.part if part else None)
        ctx.put("start", at(day, minutes), (clock.start, clock.end))


def put_range(ctx: Context) -> None:
    first, last, span = query_range(ctx.atoms, ctx.now)
    ctx.put("date_from", first, span)
    ctx.put("date_to", last, span)

