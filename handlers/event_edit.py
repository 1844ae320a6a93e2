"""Writing a change to an activity: the columns, the edit sequence calendar subscribers read, and the audit row.

Shared by the agenda's own changes and by invitations, whose accepted activity follows them.
"""

from __future__ import annotations

from typing import Any

from handlers.context import Context
from storage.audit import AuditAction, snapshot
from storage.models import Event


def touch(ctx: Context, event: Event) -> None:
    """A change subscribers must see: the calendar feed's SEQUENCE goes up and the change is dated."""
    event.sequence = (event.sequence or 0) + 1
    event.updated_at = ctx.now


def apply_to_event(ctx: Context, event: Event, changes: dict[str, Any]) -> None:
    """Set the changed columns, bump the sequence and store with the audit row."""
    before = snapshot(event)
    for key, value in changes.items():
        setattr(event, key, value)
    touch(ctx, event)
    ctx.store(event, AuditAction.UPDATE, before)
