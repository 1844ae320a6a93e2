"""«¿qué cambiaste?», «¿qué le cambió?», «¿qué cambió en el reclamo?»: which detail the last change in this chat
moved, and from what to what.

Alone, these words read as nothing, as a contact search («le cambió») or as a list of complaints. Whoever asks wants
the change itself: the audit of the record in focus says it (or, when that record was not changed, the chat's last
change), told field by field as «teléfono +569… (antes: +569…)». The words are data in `last_change.toml`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, time_text
from handlers.pointing import about
from handlers.record_detail import KINDS
from handlers.reply import Reply
from nlu import datafiles
from nlu.capabilities import record_kinds
from storage.audit import UNDOABLE, AuditAction
from storage.folding import fold
from storage.models import AuditEntry

_DATA: dict[str, Any] = datafiles.read(Path(__file__).with_suffix(".toml"))
ASKING, VERBS = frozenset(_DATA["asking"]), frozenset(_DATA["verbs"])
FRAMING = tuple(sorted(_DATA["framing"], key=len, reverse=True))
FIELDS: dict[str, str] = _DATA["fields"]
VALUES: dict[str, str] = _DATA["values"]
KIND_WORDS = frozenset(_DATA["records"]) | {fold(word) for kind in record_kinds().values() for word in kind.words}
"""The record asked about, named by its kind («¿qué cambió en el reclamo?») or as any record («en la ficha»): the one
in focus."""
NOTHING_CHANGED = "No he cambiado nada en esta conversación."
UNSET = "sin dato"


def asks_last_change(text: str) -> bool:
    """A question word and a verb of change, with nothing else but small framing words and a kind of record."""
    said = " " + " ".join(re.findall(r"[^\W_]+", fold(text))) + " "
    if not (set(said.split()) & ASKING and set(said.split()) & VERBS):
        return False
    for phrase in FRAMING:
        said = said.replace(f" {phrase} ", " ")
        said = said.replace(f" {phrase} ", " ")
    return all(word in ASKING or word in VERBS or word in KIND_WORDS for word in said.split())


def last_change(ctx: Context, text: str) -> Reply | None:
    """The answer to «¿qué cambiaste?»: the fields the last change moved, old → new; None when not asked."""
    if not asks_last_change(text):
        return None
    entry = _last_update(ctx, ctx.focus.last()) or _last_update(ctx, None)
    if entry is None:
        return Reply(NOTHING_CHANGED)
    before, after = entry.before or {}, entry.after or {}
    told = [_told(ctx, label, before.get(field), after.get(field)) for field, label in FIELDS.items()
            if field in after and not _same(before.get(field), after.get(field))]
    ref = Ref(entry.entity, int(entry.entity_id or 0))
    name = _name(ctx, entry)
    changed = "; ".join(told) if told else "nada que se vea en su ficha"
    return about(Reply(f"Cambié en {name}: {changed}."), ref)


def _last_update(ctx: Context, ref: Ref | None) -> AuditEntry | None:
    """The newest change not undone, of `ref` when given, else of anything changed from this chat."""
    query = select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE, col(AuditEntry.undone_at).is_(None),
                                     AuditEntry.actor_id == ctx.actor.telegram_id)
    if ref is not None:
        query = query.where(AuditEntry.entity == ref.entity, AuditEntry.entity_id == str(ref.id))
    return ctx.session.exec(query.order_by(col(AuditEntry.id).desc())).first()


def _name(ctx: Context, entry: AuditEntry) -> str:
    """The record's short name as its detail answers say it («Reclamo R-2027-0001 (Teresa Ancamil)»)."""
    kind, model = KINDS.get(entry.entity), UNDOABLE.get(entry.entity)
    record = ctx.session.get(model, int(entry.entity_id or 0)) if model else None
    return kind.short(record) if kind and record is not None else f"{entry.entity} n.º {entry.entity_id}"


def _instant(value: Any) -> datetime | date | Any:
    """An ISO instant or date of the audit read back as one; anything else as it is."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T[\d:.]+([+-]\d\d:\d\d)?)?", value):
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return value


def _same(before: Any, after: Any) -> bool:
    """Equal values, instants compared as instants (the audit keeps one in UTC, the other in local time)."""
    return _instant(before) == _instant(after)


def _told(ctx: Context, label: str, before: Any, after: Any) -> str:
    """«hora: 20:30 (antes: 21:00)»: an hour moved within its day is said without the day."""
    old, new = _instant(before), _instant(after)
    same_day = isinstance(old, datetime) and isinstance(new, datetime) and ctx.local(old).date() == ctx.local(
        new).date()
    return f"{label}: {_value(ctx, new, same_day)} (antes: {_value(ctx, old, same_day)})"


def _value(ctx: Context, value: Any, hour_only: bool = False) -> str:
    """A stored value as the office reads it: a day and hour in local time, a state in Spanish."""
    value = _instant(value)
    if value is None or value == "":
        return UNSET
    if isinstance(value, datetime):
        hour = time_text(ctx.local(value))
        return hour if hour_only else f"{day_text(ctx.local(value).date(), ctx.today)}, {hour}"
    if isinstance(value, date):
        return day_text(value, ctx.today)
    return VALUES.get(str(value), str(value))
