"""Changing an activity already on the agenda, in words: cancel it, move it, change its place or title.

A cancelled activity is kept with `cancelled_at` (off the agenda, named in the briefing, CANCELLED in the
calendar feed); every change bumps `sequence` so calendar subscribers replace their copy. The activity is
the one the conversation is about ("pásala al lunes"), one of the last list ("la segunda"), or found by its
words and day ("la reunión del jueves"); several that fit are asked about, never picked silently.
"""

from __future__ import annotations

from typing import Any

from handlers import invitation_changes
from handlers.agenda import clash_warning, event_label, event_ref, when_text
from handlers.agenda_slots import SlotError, checked_text
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.event_edit import apply_to_event
from handlers.event_match import find_event, invitation_meant, not_found
from handlers.moment_change import Moment, already, new_moment
from handlers.pointing import about
from handlers.reply import Reply, ask, done, propose
from storage.audit import AuditAction, snapshot
from storage.models import Event, Invitation

# --- event.cancel ------------------------------------------------------------------------------

def cancel(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.cancel", slots)
    if found is None:
        return not_found(slots)
    if isinstance(found, Reply):
        return found
    lines = [f"Cancelar la actividad N° {found.id}: {event_label(found, ctx.settings.zone, ctx.today)}",
             "Saldrá de la agenda; el resumen del día dirá que se canceló."]
    if found.invitation_id is not None:
        lines.append("Vino de una invitación aceptada; la respuesta a la invitación no cambia.")
    return about(propose("event.cancel", {**slots, "event_id": found.id}, "\n".join(lines), "¿La cancelo?"),
                 event_ref(found, ctx))


def commit_cancel(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.cancel", slots)
    if not isinstance(found, Event):
        return Reply("No cancelé nada: la actividad ya no está en la agenda.")
    apply_to_event(ctx, found, {"cancelled_at": ctx.now})
    return about(done(f"Actividad N° {found.id} cancelada: {event_label(found, ctx.settings.zone, ctx.today)}. "
                      "Si fue un error, escriba «deshacer»."), event_ref(found, ctx))


# --- event.update ------------------------------------------------------------------------------

def _changes(ctx: Context, event: Event, slots: dict[str, Any]) -> dict[str, Any]:
    """The columns to set (only those that differ); raises SlotError with the reason a value is refused."""
    changes: dict[str, Any] = {}
    target = new_moment(Moment(event.day, event.start_at, event.end_at), slots, ctx.settings.zone)
    if target is not None:
        changes |= {key: value for key, value in (("day", target.day), ("start_at", target.start_at),
                                                  ("end_at", target.end_at)) if getattr(event, key) != value}
    for name, limit, label in (("place", 300, "El lugar"), ("title", 500, "El título")):
        value = checked_text(slots, name, limit, label)
        if value and value != getattr(event, name):
            changes[name] = value
    return changes


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.update", slots)
    if (found is None or (isinstance(found, Reply) and found.pending and found.pending.slot == "reference")) \
            and invitation_meant(ctx, slots):
        return invitation_changes.update(ctx, slots)
    if found is None:
        return not_found(slots)
    if isinstance(found, Reply):
        return found
    slots = {**slots, "event_id": found.id}
    try:
        changes = _changes(ctx, found, slots)
    except SlotError as error:
        return Reply(str(error))
    zone, ref = ctx.settings.zone, event_ref(found, ctx)
    if not changes:
        return about(ask("event.update", slots, "start",
                         f"{already(slots)}¿Qué cambio en la actividad N° {found.id}: "
                         f"{event_label(found, zone, ctx.today)}? (día, hora, lugar o título)"), ref)
    draft = Event.model_validate({**found.model_dump(), **changes})
    lines = [f"Cambiar la actividad N° {found.id}: {found.title}"]
    if {"day", "start_at", "end_at"} & changes.keys():
        lines.append(f"   Cuándo: {when_text(draft.day, draft.start_at, draft.end_at, zone, ctx.today)} "
                     f"(antes: {when_text(found.day, found.start_at, found.end_at, zone, ctx.today)})")
    if "place" in changes:
        lines.append(f"   Lugar: {changes['place']} (antes: {found.place or 'sin lugar'})")
    if "title" in changes:
        lines.append(f"   Título: {changes['title']} (antes: {found.title})")
    if draft.day < ctx.today:
        lines.append("Ojo: esa fecha ya pasó.")
    warning = clash_warning(ctx.session, draft, zone)
    lines += [warning] if warning else []
    if found.invitation_id is not None:
        lines.append("La invitación de la que viene se actualizará igual.")
    return about(propose("event.update", slots, "\n".join(lines), "¿La cambio?"), ref)


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.update", slots)
    if not isinstance(found, Event):
        return Reply("No cambié nada: la actividad ya no está en la agenda.")
    try:
        changes = _changes(ctx, found, slots)
    except SlotError as error:
        return Reply(str(error))
    if not changes:
        return Reply(f"La actividad N° {found.id} ya estaba así; no cambié nada.")
    apply_to_event(ctx, found, changes)
    if found.invitation_id is not None:
        _follow(ctx, found)
    return about(done(f"Actividad N° {found.id} actualizada: {event_label(found, ctx.settings.zone, ctx.today)}."),
                 event_ref(found, ctx))


def _follow(ctx: Context, event: Event) -> None:
    """The invitation an accepted activity came from tells the same day, time and place."""
    invitation = ctx.session.get(Invitation, event.invitation_id)
    if invitation is None or invitation.deleted_at is not None:
        return
    before = snapshot(invitation)
    invitation.day, invitation.start_at, invitation.end_at = event.day, event.start_at, event.end_at
    invitation.place = event.place
    ctx.store(invitation, AuditAction.UPDATE, before)


HANDLERS = {"event.cancel": cancel, "event.update": update}
COMMITS = {"event.cancel": commit_cancel, "event.update": commit_update}
CAPABILITY = Capability(
    "event_changes", HANDLERS, COMMITS,
    help=(
        HelpLine("Cambiar o cancelar actividades",
                 "se suspende la reunión del jueves / pásala al lunes a las 10 / "
                 "cambia el lugar de la cena: Club Social"),
    ),
    acts_on={"event.cancel": "event", "event.update": "event"},
)
