"""«cómo va el reclamo 1» right after complaint 2 was stored: a record named by its number is that record.

The readings that lean on the focus (a detail asked of the record just shown, a resident's detail told of the
complaint in focus, a pronoun) would otherwise take the last record and drop the number. A number said outright
always wins over the focus, so for such a message the conversation forgets what it was showing.
"""

from __future__ import annotations

from dataclasses import replace

from handlers.context import Context
from nlu.understanding import Understanding

NUMBER_SLOTS = ("ticket",)
"""The slots that name a record by its number or ticket («el reclamo 1», «R-2026-0003»)."""


def numbered_alone(ctx: Context, understanding: Understanding) -> Context:
    """`ctx` with no records in focus when the understanding names a record by its number; as it was otherwise."""
    if not any(understanding.slots.get(slot) for slot in NUMBER_SLOTS):
        return ctx
    return replace(ctx, focus=replace(ctx.focus, records=(), listed=()))
