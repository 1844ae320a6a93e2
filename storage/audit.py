"""The audit trail, and undo built on it: every user write leaves a row with the record before and after."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, insert, select
from sqlmodel.sql.expression import SelectOfScalar

from storage import legal, models
from storage.models import AuditEntry


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNDO = "undo"


UNDOABLE: dict[str, type[SQLModel]] = {
    "invitation": models.Invitation,
    "event": models.Event,
    "contact": models.Contact,
    "complaint": models.Complaint,
    "efemeride": models.Efemeride,
    "transparency_request": legal.TransparencyRequest,
    "transparency_step": legal.TransparencyStep,
    "audience": legal.Audience,
    "travel": legal.Travel,
    "gift": legal.Gift,
}
"""Tables whose writes «deshacer» can take back (each has a `deleted_at`), by their audit name."""
ENTITY_NAMES = {cls: name for name, cls in UNDOABLE.items()}


Model = TypeVar("Model", bound=type[SQLModel])


def undoable(name: str) -> Callable[[Model], Model]:
    """Class decorator for a capability's own table: its writes are audited under `name` and can be undone.

    Capabilities declare their tables in their own modules; this keeps the audit free of a list to edit.
    """
    def register(model: Model) -> Model:
        UNDOABLE[name] = model
        ENTITY_NAMES[model] = name
        return model
    return register


INPUT_ID = "audit_input_id"
"""Key in `Session.info` under which the dispatcher names the input a transaction serves; every audit
row written in it carries that name, without handlers or importers passing it along."""
UNDONE_ACTIONS = (AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE)


def snapshot(record: SQLModel) -> dict[str, Any]:
    """A JSON-safe copy of a record's columns (instants and dates as ISO text)."""
    return json_safe(record.model_dump())


def json_safe(values: dict[str, Any]) -> dict[str, Any]:
    """Column values as an audit row keeps them: instants and dates as ISO text."""
    return {key: value.isoformat() if isinstance(value, date | datetime) else value for key, value in values.items()}


def record_change(session: Session, actor_id: int | None, action: AuditAction, record: SQLModel,
                  before: dict[str, Any] | None, at: datetime) -> AuditEntry:
    """Append an audit row for `record`; flushes first so a new record's id is known."""
    session.flush()
    entity = ENTITY_NAMES.get(type(record), type(record).__name__)
    entry = AuditEntry(at=at, actor_id=actor_id, action=action, entity=entity,
                       entity_id=str(getattr(record, "id", "")), before=before, after=snapshot(record),
                       input_id=session.info.get(INPUT_ID))
    session.add(entry)
    return entry


def record_changes(session: Session, actor_id: int | None, action: AuditAction, model: type[SQLModel],
                   changes: Sequence[tuple[dict[str, Any] | None, dict[str, Any]]], at: datetime) -> None:
    """The audit rows `record_change` would add, for many `model` records at once: one statement, no flushes.

    Each change is a (before, after) pair of `json_safe` snapshots; `after` holds the record's id.
    """
    if not changes:
        return
    entity = ENTITY_NAMES.get(model, model.__name__)
    session.execute(insert(AuditEntry), [
        {"at": at, "actor_id": actor_id, "action": action, "entity": entity, "entity_id": str(after["id"]),
         "before": before, "after": after, "input_id": session.info.get(INPUT_ID)} for before, after in changes])


def _undoable(actor_id: int | None) -> SelectOfScalar[AuditEntry]:
    return (select(AuditEntry)
            .where(AuditEntry.actor_id == actor_id, col(AuditEntry.undone_at).is_(None),
                   col(AuditEntry.entity).in_(list(UNDOABLE)), col(AuditEntry.action).in_(UNDONE_ACTIONS))
            .order_by(col(AuditEntry.id).desc()))


def recent_undoable(session: Session, actor_id: int | None, count: int) -> list[AuditEntry]:
    """The actor's `count` latest writes that may still be undone, newest first."""
    return list(session.exec(_undoable(actor_id).limit(count)).all())


def last_undoable_input(session: Session, actor_id: int | None) -> list[AuditEntry]:
    """Every write of the actor's latest undoable input, newest first.

    Declining an accepted invitation also takes its activity off the agenda, and an import adds many
    contacts: «deshacer» takes the whole input back rather than leave half of it applied.
    """
    latest = recent_undoable(session, actor_id, 1)
    if not latest or latest[0].input_id is None:
        return latest
    return list(session.exec(_undoable(actor_id).where(AuditEntry.input_id == latest[0].input_id)).all())


def undo(session: Session, entry: AuditEntry, actor_id: int | None, at: datetime,
         only: frozenset[str] = frozenset()) -> SQLModel | None:
    """Reverse one write: a creation is soft-deleted, an update or a (soft) deletion gets its earlier values back;
    with `only`, just those fields (a change of one detail taken back keeps what later writes set on the others)."""
    model = UNDOABLE[entry.entity]
    record = session.get(model, int(entry.entity_id or 0))
    if record is None:
        return None
    before = snapshot(record)
    if entry.action == AuditAction.CREATE:
        record.deleted_at = at
    else:
        earlier = {field: value for field, value in (entry.before or {}).items() if not only or field in only}
        restored = model.model_validate({**snapshot(record), **earlier})
        for field in model.model_fields:
            setattr(record, field, getattr(restored, field))
    session.add(record)
    entry.undone_at = at
    session.add(entry)
    record_change(session, actor_id, AuditAction.UNDO, record, before, at)
    return record
