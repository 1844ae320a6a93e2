"""Helpers for tests of changes in words: records stored as a user would have them, a focus, and «deshacer»."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlmodel import SQLModel, select

from handlers.context import Context
from handlers.focus import Focus, Ref
from storage.audit import INPUT_ID, last_undoable_input, undo
from storage.models import AuditEntry


def stored(ctx: Context, record: SQLModel) -> Any:
    ctx.session.add(record)
    ctx.session.commit()
    ctx.session.refresh(record)
    return record


def local(ctx: Context, day: date, hour: int, minute: int = 0) -> datetime:
    return ctx.instant(day, datetime.min.time().replace(hour=hour, minute=minute))


def focused(ctx: Context, *records: Ref, listed: tuple[Ref, ...] = ()) -> Context:
    """The context of a chat that just showed `records` (the last one is "it") and the list `listed`."""
    return replace(ctx, focus=Focus(records=records, listed=listed))


def audit_rows(ctx: Context, entity: str) -> list[AuditEntry]:
    return list(ctx.session.exec(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def as_one_input(ctx: Context, name: str = "input-1") -> None:
    """What the dispatcher does: the writes of one input share an id, so «deshacer» takes them back together."""
    ctx.session.info[INPUT_ID] = name


def undo_last(ctx: Context) -> None:
    """«deshacer»: the actor's latest input taken back, as the dispatcher does it."""
    for entry in last_undoable_input(ctx.session, ctx.actor.telegram_id):
        undo(ctx.session, entry, ctx.actor.telegram_id, ctx.now)
    ctx.session.commit()
