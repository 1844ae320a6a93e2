"""Pending dialogue kept in the database, so a question or a confirmation survives a restart.

Slots hold dates, datetimes and bytes; JSON does not, so each such value is tagged on the way in.

Every update reads its conversation's row and most leave it as it was, so the row is reached with
plain SQL statements on the session's connection (one SELECT, and a write only when the step
changes) rather than through the ORM's identity map: about a quarter of the bot's database time
per update was `session.get` bookkeeping.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlmodel import Session, col

from handlers.reply import Pending, PendingKind
from storage.models import PendingAction

_TAGS = {"$dt": datetime.fromisoformat, "$d": date.fromisoformat, "$b": base64.b64decode}
_KEY = col(PendingAction.key) == bindparam("conversation")
_READ = select(PendingAction.payload, PendingAction.updated_at).where(_KEY)
_CLEAR = delete(PendingAction).where(_KEY)
_REPLACE = update(PendingAction).where(_KEY)
_ADD = insert(PendingAction)


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes | bytearray):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {key: encode_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encode_value(item) for item in value]
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            tag, raw = next(iter(value.items()))
            if tag in _TAGS:
                return _TAGS[tag](raw)
        return {key: decode_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode_value(item) for item in value]
    return value


@dataclass(frozen=True)
class Step:
    """The pending step as stored: when it was set (it expires), and the labels of its options."""

    pending: Pending
    updated_at: datetime
    labels: tuple[str, ...] = ()
    """How each option of a choice read on screen, so «la de Quilicura» can pick it."""
    source: dict[str, Any] | None = None
    """The message the step came from and how it was understood, to learn from a «no» or a correction."""
    queued: tuple[Pending, ...] = ()
    """Proposals set aside for a new one said while they waited («llegó otra: …»), shown again after it, last first."""


def load_step(session: Session, key: str) -> Step | None:
    row = session.connection().execute(_READ, {"conversation": key}).first()
    if row is None:
        return None
    data = decode_value(row[0])
    queued = tuple(_pending(item) for item in data.get("queued", ()))
    return Step(_pending(data), row[1], tuple(data.get("labels", ())), data.get("source"), queued)


def _pending(data: dict[str, Any]) -> Pending:
    return Pending(kind=PendingKind(data["kind"]), intent=data["intent"], slots=data.get("slots", {}),
                   slot=data.get("slot"), options=tuple(data.get("options", ())))


def _payload(pending: Pending) -> dict[str, Any]:
    return {"kind": pending.kind.value, "intent": pending.intent, "slots": pending.slots, "slot": pending.slot,
            "options": list(pending.options)}


def load_pending(session: Session, key: str) -> Pending | None:
    step = load_step(session, key)
    return step.pending if step else None


def save_pending(session: Session, key: str, pending: Pending | None, now: datetime, *, replacing: bool,
                 labels: tuple[str, ...] = (), source: dict[str, Any] | None = None,
                 queued: tuple[Pending, ...] = ()) -> None:
    """Make `pending` the conversation's step (none when None); `replacing`: a step was loaded in this transaction."""
    connection = session.connection()
    if pending is None:
        if replacing:
            connection.execute(_CLEAR, {"conversation": key})
        return
    payload = encode_value({**_payload(pending), "labels": list(labels), "source": source,
                            "queued": [_payload(item) for item in queued]})
    if replacing:
        connection.execute(_REPLACE.values(payload=payload, updated_at=now), {"conversation": key})
    else:
        connection.execute(_ADD, {"key": key, "payload": payload, "updated_at": now})
