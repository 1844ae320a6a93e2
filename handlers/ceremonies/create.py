"""A ceremony the municipality gives: registered with its day, time and place, and put on the mayor's agenda."""

from __future__ import annotations

from typing import Any

from handlers.agenda import when_text
from handlers.agenda_slots import SlotError, checked_text, moment_slot
from handlers.ceremonies.records import describe, focus_on
from handlers.context import Context
from handlers.reply import Reply, ask, done, propose
from storage.audit import AuditAction
from storage.ceremonies import Ceremony
from storage.models import Event

INTENT = "ceremony.create"


def _missing(slots: dict[str, Any]) -> Reply | None:
    if not str(slots.get("title") or "").strip():
        return ask(INTENT, slots, "title", "¿Qué ceremonia es? (por ejemplo, «aniversario de la comuna»)")
    if slots.get("start") in (None, ""):
        return ask(INTENT, slots, "start", "¿Qué día y a qué hora es la ceremonia?")
    return None


def _draft(ctx: Context, slots: dict[str, Any]) -> Ceremony:
    day, start_at = moment_slot(slots["start"], ctx.settings.zone)
    return Ceremony(title=checked_text(slots, "title", 500, "El nombre") or "", day=day, start_at=start_at,
                    place=checked_text(slots, "place", 300, "El lugar"), created_by=ctx.actor.telegram_id,
                    created_at=ctx.now)


def _checked(ctx: Context, slots: dict[str, Any]) -> Ceremony | Reply:
    question = _missing(slots)
    if question is not None:
        return question
    try:
        return _draft(ctx, slots)
    except SlotError as error:
        return Reply(str(error))


def handle(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = _checked(ctx, slots)
    if isinstance(ceremony, Reply):
        return ceremony
    when = when_text(ceremony.day, ceremony.start_at, None, ctx.settings.zone, ctx.today)
    lines = ["Nueva ceremonia municipal:", f"• {ceremony.title}", f"• Cuándo: {when}"]
    if ceremony.place:
        lines.append(f"• Lugar: {ceremony.place}")
    lines.append("Quedará también en la agenda del alcalde.")
    return propose(INTENT, slots, "\n".join(lines))


def commit(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = _checked(ctx, slots)
    if isinstance(ceremony, Reply):
        return ceremony
    event = Event(title=ceremony.title, day=ceremony.day, start_at=ceremony.start_at, place=ceremony.place,
                  notes="Ceremonia municipal", created_by=ctx.actor.telegram_id, created_at=ctx.now)
    ctx.store(event, AuditAction.CREATE)
    ceremony.event_id = event.id
    ctx.store(ceremony, AuditAction.CREATE)
    reply = done(f"Ceremonia N° {ceremony.id} guardada y agendada: {describe(ctx, ceremony)}.\n"
                 "Para invitar: «invita a los concejales a la ceremonia».")
    return Reply(reply.text, stored=True, focus=focus_on(ctx, ceremony))
