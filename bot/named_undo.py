"""«deje la reunión de Vialidad como estaba»: the undo of the last change to the record a restoring clause names.

A plain «deshaz eso» takes back the actor's latest input; naming a record takes back the latest input that wrote
that record, even when something else was stored after it. A record is left «as it was» by taking back a change,
never its creation. Undoing that record's latest write is safe out of turn:
no later write of the actor touched it.

Naming the detail too («deshaga el cambio de departamento del reclamo 1», «revierte lo de la hora de la reunión con
el seremi») takes back the latest change of that record that moved that detail, and only that detail: later changes
of its other details stay. The words for details are data in `named_undo.toml`.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, SQLModel

from bot.picking import pick
from handlers.agenda import event_label
from handlers.complaints import list_line
from handlers.context import Context
from handlers.invitations import describe
from nlu import datafiles
from nlu.capabilities import record_kinds
from storage.audit import AuditAction, last_undoable_input, recent_undoable
from storage.models import AuditEntry, Complaint, Event, Invitation
from storage.tickets import parse_ticket

RECENT = 50
"""Writes looked back through: a restoring clause speaks of what was done in this conversation."""
FIELD_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(fields) for word, fields in datafiles.read(Path(__file__).with_suffix(".toml"))["fields"].items()}
"""«departamento», «lugar», «hora»: a detail named in a restoring clause, as the fields of a record it may be."""


def fields_named(naming: list[str]) -> frozenset[str]:
    """The fields the details a restoring clause names may be (empty when it names none: the whole change)."""
    return frozenset().union(*(FIELD_WORDS[word] for word in naming if word in FIELD_WORDS))


def entries_named(session: Session, actor_id: int | None, naming: list[str]) -> list[AuditEntry]:
    """The writes of the latest input that wrote the record the words name, newest first; empty when none fits.
    When they name a detail, the latest write of that record that moved it, alone."""
    recent = [entry for entry in recent_undoable(session, actor_id, RECENT) if entry.action != AuditAction.CREATE]
    fields = fields_named(naming)
    if fields:
        return _latest_moving(recent, fields, [word for word in naming if word not in FIELD_WORDS])
    fitting = pick(" ".join(naming), tuple(_label(entry) for entry in recent), len(recent))
    if not fitting:
        return []
    chosen = recent[min(fitting)]
    latest = last_undoable_input(session, actor_id)
    if chosen in latest or chosen.input_id is None:
        return latest if chosen in latest else [chosen]
    return [entry for entry in recent if entry.input_id == chosen.input_id]


def _latest_moving(recent: list[AuditEntry], fields: frozenset[str], naming: list[str]) -> list[AuditEntry]:
    """The newest of `recent` that changed one of `fields` of the record the rest of the words name; a number among
    them is its number («el reclamo 1», «la actividad 5»), never a place in a list."""
    numbers = [word for word in naming if word.isdigit()]
    named = " ".join(word for word in naming if not word.isdigit())
    moving = [entry for entry in recent if _moved(entry) & fields and all(_numbered(entry, n) for n in numbers)]
    if not named:
        return moving[:1]
    fitting = pick(named, tuple(_label(entry) for entry in moving), len(moving))
    return [moving[min(fitting)]] if fitting else []


def _moved(entry: AuditEntry) -> set[str]:
    """The fields a write changed."""
    before, after = entry.before or {}, entry.after or {}
    return {field for field in before.keys() | after.keys() if before.get(field) != after.get(field)}


def _numbered(entry: AuditEntry, number: str) -> bool:
    """Whether the record a write changed goes by `number`: its own, or its ticket's («el reclamo 1»)."""
    ticket = (entry.after or entry.before or {}).get("ticket")
    return entry.entity_id == number or (ticket is not None and ticket == parse_ticket(number, entry.at.year))


def _label(entry: AuditEntry) -> str:
    """The words a record is named by: its kind's («la reunión de Vialidad», «el reclamo de la Marta») and every text
    it holds after that write."""
    record = entry.after or entry.before or {}
    texts = [value for value in record.values() if isinstance(value, str) and not value[:4].isdigit()]
    kind = record_kinds().get(entry.entity)
    return " ".join([*(kind.words if kind else ()), *texts])


def as_it_is(ctx: Context, entries: list[AuditEntry], restored: list[SQLModel | None]) -> str:
    """« Queda: reunión …, miércoles 3 de marzo, 11:00, …»: after one change is taken back, how the record reads
    again, so the user sees the day and time (or a complaint's department) it has without asking."""
    if len(entries) != 1 or entries[0].action != AuditAction.UPDATE or restored[0] is None:
        return ""
    record = restored[0]
    if isinstance(record, Event):
        return f" Queda: {event_label(record, ctx.settings.zone, ctx.today)}."
    if isinstance(record, Invitation):
        return f" Queda: {describe(record, ctx)}."
    if isinstance(record, Complaint):
        return f" Queda:\n{list_line(ctx, record)}"
    return ""
