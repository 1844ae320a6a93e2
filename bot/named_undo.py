"""«deje la reunión de Vialidad como estaba»: the undo of the last change to the record a restoring clause names.

A plain «deshaz eso» takes back the actor's latest input; naming a record takes back the latest input that wrote
that record, even when something else was stored after it. A record is left «as it was» by taking back a change,
never its creation. Undoing that record's latest write is safe out of turn:
no later write of the actor touched it.
"""

from __future__ import annotations

from sqlmodel import Session, SQLModel

from bot.picking import pick
from handlers.agenda import event_label
from handlers.context import Context
from handlers.invitations import describe
from nlu.capabilities import record_kinds
from storage.audit import AuditAction, last_undoable_input, recent_undoable
from storage.models import AuditEntry, Event, Invitation

RECENT = 50
"""Writes looked back through: a restoring clause speaks of what was done in this conversation."""


def entries_named(session: Session, actor_id: int | None, naming: list[str]) -> list[AuditEntry]:
    """The writes of the latest input that wrote the record the words name, newest first; empty when none fits."""
    recent = [entry for entry in recent_undoable(session, actor_id, RECENT) if entry.action != AuditAction.CREATE]
    fitting = pick(" ".join(naming), tuple(_label(entry) for entry in recent), len(recent))
    if not fitting:
        return []
    chosen = recent[min(fitting)]
    latest = last_undoable_input(session, actor_id)
    if chosen in latest or chosen.input_id is None:
        return latest if chosen in latest else [chosen]
    return [entry for entry in recent if entry.input_id == chosen.input_id]


def _label(entry: AuditEntry) -> str:
    """The words a record is named by: its kind's («la reunión de Vialidad», «el reclamo de la Marta») and every text
    it holds after that write."""
    record = entry.after or entry.before or {}
    texts = [value for value in record.values() if isinstance(value, str) and not value[:4].isdigit()]
    kind = record_kinds().get(entry.entity)
    return " ".join([*(kind.words if kind else ()), *texts])


def as_it_is(ctx: Context, entries: list[AuditEntry], restored: list[SQLModel | None]) -> str:
    """« Queda: reunión …, miércoles 3 de marzo, 11:00, …»: after one change is taken back, how the record reads
    again, so the user sees the day and time it has without asking."""
    if len(entries) != 1 or entries[0].action != AuditAction.UPDATE or restored[0] is None:
        return ""
    record = restored[0]
    if isinstance(record, Event):
        return f" Queda: {event_label(record, ctx.settings.zone, ctx.today)}."
    if isinstance(record, Invitation):
        return f" Queda: {describe(record, ctx)}."
    return ""
