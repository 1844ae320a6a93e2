"""Notes added in words to the records that keep them: an activity, an invitation, a contact (a complaint's are
complaint_changes', found by ticket too).

«agrégale que hay que llevar la banda», «súmale: confirmar con protocolo» right after one was stored or shown: the
record the conversation is about. The note is dated and signed, previewed, audited and undone by «deshacer».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel

from handlers.agenda import event_ref
from handlers.capability import Capability, HelpLine
from handlers.contacts import contact_ref
from handlers.context import Context
from handlers.focus import Ref
from handlers.invitations import invitation_ref
from handlers.pointing import about, point
from handlers.reply import Reply, ask, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction, snapshot
from storage.models import Contact, Event, Invitation


@dataclass(frozen=True)
class Noted:
    """A kind of record that takes notes: its table, its focus entity, how a reply names it (alone and as where a
    note goes), its focus `Ref`."""

    model: type[SQLModel]
    entity: str
    noun: str
    to: str
    ref: Callable[[Any, Context], Ref]


NOTED = {"event.note": Noted(Event, "event", "actividad", "a la actividad", event_ref),
         "invitation.note": Noted(Invitation, "invitation", "invitación", "a la invitación", invitation_ref),
         "contact.note": Noted(Contact, "contact", "contacto", "al contacto",
                               lambda contact, _ctx: contact_ref(contact))}


def with_note(ctx: Context, notes: str | None, comment: str) -> str:
    """The record's notes with one more line, dated and signed: «12/07 09:30 Camila: …»."""
    line = f"{ctx.local(ctx.now).strftime('%d/%m %H:%M')} {ctx.actor.name}: {' '.join(comment.split())}"
    return f"{notes}\n{line}" if notes else line


def _record(ctx: Context, intent: str, slots: dict[str, Any]) -> Any | None:
    """The one record of the kind the conversation points at (the reference, or the one in focus)."""
    kind = NOTED[intent]
    pointed = point(ctx.focus, kind.entity, text_slot(slots, "reference"))
    record = ctx.session.get(kind.model, pointed[0].id) if pointed and len(pointed) == 1 else None
    return record if record is not None and getattr(record, "deleted_at", None) is None else None


def note(ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
    kind = NOTED[intent]
    record = _record(ctx, intent, slots)
    if record is None:
        return Reply(f"No sé a qué {kind.noun} agregar la nota: muéstremela primero o nómbrela.")
    ref = kind.ref(record, ctx)
    comment = text_slot(slots, "comment")
    if not comment:
        return about(ask(intent, slots, "comment", f"¿Qué nota agrego {kind.to} «{_label(ref)}»?"), ref)
    lines = [f"{kind.noun.capitalize()} «{_label(ref)}»", f"   Nota: {comment}"]
    return about(propose(intent, {**slots, "id": record.id}, "\n".join(lines), "¿La agrego?"), ref)


def commit_note(ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
    kind = NOTED[intent]
    record = ctx.session.get(kind.model, slots.get("id")) if slots.get("id") else None
    comment = text_slot(slots, "comment")
    if record is None or not comment:
        return Reply("No agregué nada: falta saber a qué registro o qué nota.")
    before = snapshot(record)
    record.notes = with_note(ctx, record.notes, comment)
    ctx.store(record, AuditAction.UPDATE, before)
    ref = kind.ref(record, ctx)
    return about(done(f"Nota agregada {kind.to} «{_label(ref)}»: {comment}"), ref)


def _label(ref: Ref) -> str:
    """The record's label on one line (a contact's spans two)."""
    return " ".join(ref.label.split())


def _for(intent: str, act: Callable[[Context, str, dict[str, Any]], Reply]) -> Callable[[Context, dict], Reply]:
    return lambda ctx, slots: act(ctx, intent, slots)


CAPABILITY = Capability(
    "record_notes",
    {intent: _for(intent, note) for intent in NOTED},
    {intent: _for(intent, commit_note) for intent in NOTED},
    help=(HelpLine("Notas en actividades, invitaciones y contactos",
                   "agrégale que hay que llevar la banda (a la actividad recién mostrada)"),),
    acts_on={intent: kind.entity for intent, kind in NOTED.items()},
)
