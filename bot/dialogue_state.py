"""Pending dialogue kept in the database, so a question or a confirmation survives a restart.

Slots hold dates, datetimes and bytes; JSON does not, so each such value is tagged on the way in.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from handlers.reply import Pending, PendingKind
from storage.models import PendingAction

_TAGS = {"$dt": datetime.fromisoformat, "$d": date.fromisoformat, "$b": base64.b64decode}


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


def load_pending(session: Session, key: str) -> Pending | None:
    row = session.get(PendingAction, key)
    if row is None:
        return None
    data = decode_value(row.payload)
    return Pending(kind=PendingKind(data["kind"]), intent=data["intent"], slots=data.get("slots", {}),
                   slot=data.get("slot"), options=tuple(data.get("options", ())))


def save_pending(session: Session, key: str, pending: Pending | None, now: datetime) -> None:
    """Replace the conversation's pending step (or clear it when `pending` is None)."""
    row = session.get(PendingAction, key)
    if pending is None:
        if row is not None:
            session.delete(row)
        return
    payload = encode_value({"kind": pending.kind.value, "intent": pending.intent, "slots": pending.slots,
                            "slot": pending.slot, "options": list(pending.options)})
    if row is None:
        session.add(PendingAction(key=key, payload=payload, updated_at=now))
    else:
        row.payload = payload
        row.updated_at = now
        session.add(row)
