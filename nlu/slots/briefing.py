"""The briefing of another day: "resumen de mañana", "briefing del jueves" (`date`; today when not said)."""

from __future__ import annotations

from nlu.dates import DAY
from nlu.slots.common import Context


def request(ctx: Context) -> None:
    day = next((a for a in ctx.atoms if a.kind == DAY and a.first is not None and not a.deadline), None)
    if day is not None:
        ctx.put("date", day.first.isoformat(), (day.start, day.end))
