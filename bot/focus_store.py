"""A conversation's memory, kept in the database beside its pending step: the focus and the last write.

The focus (records last shown, stored or changed; the last list; the last question answered) lets
«recházala», «la segunda» or «¿y el viernes?» resolve, after a restart too. The text of the last
confirmed write lets a «Confirmar» pressed again (its answer lost in a crash) say what was stored.
A memory older than `dialogue.focus_hours` is forgotten when read.

Plain SQL on the session's connection, like `bot.dialogue_state`: it runs for every message, and a
row is written only when something changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session, col

from bot.dialogue_state import decode_value, encode_value
from handlers.focus import NO_FOCUS, Focus, FocusUpdate, Ref
from storage.dialogue import DialogueFocus

MAX_RECORDS = 12
MAX_LISTED = 60

_KEY = col(DialogueFocus.key) == bindparam("conversation")
_READ = select(DialogueFocus.payload, DialogueFocus.updated_at).where(_KEY)
_REPLACE = update(DialogueFocus).where(_KEY)
_ADD = insert(DialogueFocus)


@dataclass(frozen=True)
class Memory:
    focus: Focus = NO_FOCUS
    stored: str | None = None
    """The reply of the last confirmed write, shown again to a late «sí» («Ya quedó guardado: …»)."""
    stored_at: datetime | None = None
    exists: bool = False
    """A row is in the database (so saving updates it rather than inserting)."""
    dropped: dict[str, Any] | None = None
    """The last proposal the user said no to ({"intent", "slots"}), which a later message may bring back."""
    told: str | None = None
    """The message behind the last confirmed write, read again for what it said besides («guarda también el
    contacto de quien firma»: the signature of the mail just stored)."""


def load_memory(session: Session, key: str, now: datetime, hours: float) -> Memory:
    row = session.connection().execute(_READ, {"conversation": key}).first()
    if row is None:
        return Memory()
    payload, updated_at = row
    if now - updated_at > timedelta(hours=hours):
        return Memory(exists=True)
    data = decode_value(payload)
    query = data.get("query")
    focus = Focus(records=tuple(_ref(item) for item in data.get("records", ())),
                  listed=tuple(_ref(item) for item in data.get("listed", ())),
                  query=(query[0], dict(query[1])) if query else None,
                  day=date.fromisoformat(data["day"]) if data.get("day") else None,
                  list_last=bool(data.get("list_last")))
    return Memory(focus, data.get("stored"), data.get("stored_at"), exists=True, dropped=data.get("dropped"),
                  told=data.get("told"))


def save_memory(session: Session, key: str, memory: Memory, now: datetime) -> None:
    focus = memory.focus
    payload = encode_value({"records": [_raw(ref) for ref in focus.records],
                            "listed": [_raw(ref) for ref in focus.listed],
                            "query": list(focus.query) if focus.query else None,
                            "day": focus.day.isoformat() if focus.day else None, "list_last": focus.list_last,
                            "stored": memory.stored, "stored_at": memory.stored_at, "dropped": memory.dropped,
                            "told": memory.told})
    connection = session.connection()
    if memory.exists:
        connection.execute(_REPLACE.values(payload=payload, updated_at=now), {"conversation": key})
    else:
        connection.execute(_ADD, {"key": key, "payload": payload, "updated_at": now})


def spoken_day(change: FocusUpdate | None, query: tuple[str, dict[str, Any]] | None) -> date | None:
    """The day a reply spoke of: the last dated record it showed, stored or changed, else the one day its question
    asked about («¿qué tiene el alcalde el jueves?»); None when it spoke of no single day."""
    dated = [ref.day for ref in (change.records if change else ()) if ref.day is not None]
    if dated:
        return dated[-1]
    first, last = (query[1].get("date_from"), query[1].get("date_to")) if query else (None, None)
    return first if isinstance(first, date) and last in (None, first) else None


def with_update(focus: Focus, change: FocusUpdate | None) -> Focus:
    """Records appended (most recent last, each once, bounded), the list replaced when given, forgotten ones gone;
    a list of several shown with no record of its own is what the chat spoke of last."""
    if change is None:
        return focus
    gone = {(ref.entity, ref.id) for ref in change.forget}
    fresh = {(ref.entity, ref.id) for ref in change.records}
    kept = [ref for ref in focus.records if (ref.entity, ref.id) not in gone | fresh]
    records = tuple([*kept, *(ref for ref in change.records if (ref.entity, ref.id) not in gone)][-MAX_RECORDS:])
    listed = focus.listed if change.listed is None else tuple(change.listed[:MAX_LISTED])
    listed = tuple(ref for ref in listed if (ref.entity, ref.id) not in gone)
    list_last = focus.list_last if change.listed is None and not change.records else \
        not change.records and len(listed) > 1
    return replace(focus, records=records, listed=listed, list_last=list_last)


def _raw(ref: Ref) -> dict[str, Any]:
    return {"entity": ref.entity, "id": ref.id, "label": ref.label, "day": ref.day.isoformat() if ref.day else None}


def _ref(item: dict[str, Any]) -> Ref:
    day = item.get("day")
    return Ref(str(item["entity"]), int(item["id"]), str(item.get("label", "")),
               date.fromisoformat(day) if day else None)
