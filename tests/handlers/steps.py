"""What the dispatcher does around a handler, for handler tests that call handlers directly."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handlers.context import Context
from handlers.registry import Registry
from handlers.reply import PendingKind, Reply

REGISTRY = Registry()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A naive local moment, as the parser gives it."""
    return datetime(day.year, day.month, day.day, hour, minute)


def confirm(ctx: Context, reply: Reply) -> Reply:
    """The user's «sí» to a proposal: commit with the slots it carried, then store."""
    assert reply.pending is not None and reply.pending.kind == PendingKind.CONFIRM, reply.text
    result = REGISTRY.commit(ctx, reply.pending.intent, reply.pending.slots)
    ctx.session.commit()
    return result


def propose_and_confirm(ctx: Context, intent: str, slots: dict[str, Any]) -> tuple[Reply, Reply]:
    """The proposal for `slots` and the answer to «sí», as a user sees both."""
    preview = REGISTRY.handle(ctx, intent, slots)
    return preview, confirm(ctx, preview)
