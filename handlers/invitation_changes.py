"""Changing an invitation already registered: its day, time, place, organizer or title; or removing it.

"la invitación del Rotary cambió de lugar: ahora es en el Club de la Unión", "la cena se corre a las 21",
"anule la invitación de la Cámara, se suspendió".
The invitation is the one the chat is about, one of the last list, or found by its words; several that fit
are asked about. An accepted invitation's activity on the agenda follows the change (its sequence goes up,
so calendar subscribers see it). Changing the answer is `invitation.respond`. A removed invitation is kept
(soft-deleted: «deshacer» brings it back) but leaves the pending lists, reminders and briefing; the activity an
accepted one put on the agenda is cancelled with it, since the organizer suspended the occasion.
"""

from __future__ import annotations

from typing import Any

from handlers import reference_match
from handlers.agenda import when_text
from handlers.agenda_slots import SlotError, checked_text
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.event_edit import apply_to_event
from handlers.invitation_match import FILLER, best_matches
from handlers.invitations import REFERENCE_LOOKBACK, describe, invitation_ref, resolve
from handlers.moment_change import Moment, already, new_moment
from handlers.pointing import about, point
from handlers.reply import Reply, ask, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction, snapshot
from storage.models import Invitation
from storage.queries.agenda import events_of_invitation
from storage.queries.invitations import recent_invitations

TEXTS = (("place", 300, "El lugar", "Lugar"), ("organizer", 300, "El organizador", "Invita"),
         ("title", 500, "El título", "Título"))
MOMENT_COLUMNS = ("day", "start_at", "end_at")


def _changes(ctx: Context, invitation: Invitation, slots: dict[str, Any]) -> dict[str, Any]:
    """The columns to set (only those that differ); raises SlotError with the reason a value is refused."""
    changes: dict[str, Any] = {}
    target = new_moment(Moment(invitation.day, invitation.start_at, invitation.end_at), slots, ctx.settings.zone)
    if target is not None:
        changes |= {key: getattr(target, key) for key in MOMENT_COLUMNS
                    if getattr(invitation, key) != getattr(target, key)}
    for name, limit, label, _ in TEXTS:
        value = checked_text(slots, name, limit, label)
        if value and value != getattr(invitation, name):
            changes[name] = value
    return changes


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = resolve(ctx, slots, "invitation.update")
    if isinstance(found, Reply):
        return found
    slots = {**slots, "invitation_id": found.id}
    try:
        changes = _changes(ctx, found, slots)
    except SlotError as error:
        return Reply(str(error))
    ref = invitation_ref(found, ctx)
    if not changes:
        return about(ask("invitation.update", slots, "start",
                         f"{already(slots)}¿Qué cambio en la invitación N° {found.id}: {describe(found, ctx)}? "
                         "(día, hora, lugar u organizador)"), ref)
    return about(propose("invitation.update", slots, "\n".join(_preview(ctx, found, changes)), "¿La cambio?"), ref)


def _preview(ctx: Context, invitation: Invitation, changes: dict[str, Any]) -> list[str]:
    zone = ctx.settings.zone
    lines = [f"Cambiar la invitación N° {invitation.id}: {describe(invitation, ctx)}"]
    if set(MOMENT_COLUMNS) & changes.keys():
        after = {key: changes.get(key, getattr(invitation, key)) for key in MOMENT_COLUMNS}
        before = when_text(invitation.day, invitation.start_at, invitation.end_at, zone, ctx.today) \
            if invitation.day else "sin fecha"
        lines.append(f"   Cuándo: {when_text(after['day'], after['start_at'], after['end_at'], zone, ctx.today)} "
                     f"(antes: {before})")
    for name, _, _, label in TEXTS:
        if name in changes:
            lines.append(f"   {label}: {changes[name]} (antes: {getattr(invitation, name) or 'sin dato'})")
    if events_of_invitation(ctx.session, invitation.id or 0):
        lines.append("Está aceptada: la actividad de la agenda cambiará igual.")
    return lines


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = resolve(ctx, slots, "invitation.update")
    if not isinstance(found, Invitation):
        return Reply("No cambié nada: la invitación ya no está.")
    try:
        changes = _changes(ctx, found, slots)
    except SlotError as error:
        return Reply(str(error))
    if not changes:
        return Reply(f"La invitación N° {found.id} ya estaba así; no cambié nada.")
    before = snapshot(found)
    for key, value in changes.items():
        setattr(found, key, value)
    ctx.store(found, AuditAction.UPDATE, before)
    followed = ""
    for event in events_of_invitation(ctx.session, found.id or 0):
        apply_to_event(ctx, event, {key: getattr(found, key) for key in (*MOMENT_COLUMNS, "place", "title")
                                    if key in changes})
        followed = " La agenda quedó igual."
    return about(done(f"Invitación N° {found.id} actualizada: {describe(found, ctx)}.{followed}"),
                 invitation_ref(found, ctx))


# --- invitation.cancel -------------------------------------------------------------------------

def _removed(ctx: Context, slots: dict[str, Any]) -> Invitation | Reply:
    """The invitation to remove, found as any other is, but never guessed: words that name no invitation («la del
    liceo» when none is from the liceo) find none, rather than the one in focus or the pending ones."""
    reference = text_slot(slots, "reference") or ""
    if slots.get("invitation_id") is None and reference_match.words(reference, FILLER) \
            and point(ctx.focus, "invitation", reference, FILLER) is None \
            and not best_matches(reference, recent_invitations(ctx.session, ctx.today - REFERENCE_LOOKBACK)):
        return Reply(f"No encontré una invitación que calce con «{reference}». No quité nada.")
    return resolve(ctx, slots, "invitation.cancel")


def cancel(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _removed(ctx, slots)
    if isinstance(found, Reply):
        return found
    lines = [f"Quitar la invitación N° {found.id}: {describe(found, ctx)}",
             "Saldrá de las invitaciones por responder y no se recordará."]
    if events_of_invitation(ctx.session, found.id or 0):
        lines.append("Está aceptada: su actividad de la agenda quedará cancelada.")
    return about(propose("invitation.cancel", {**slots, "invitation_id": found.id}, "\n".join(lines), "¿La quito?"),
                 invitation_ref(found, ctx))


def commit_cancel(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _removed(ctx, slots)
    if not isinstance(found, Invitation):
        return Reply("No quité nada: la invitación ya no está.")
    ref = invitation_ref(found, ctx)
    before = snapshot(found)
    found.deleted_at = ctx.now
    ctx.store(found, AuditAction.DELETE, before)
    followed = ""
    for event in events_of_invitation(ctx.session, found.id or 0):
        apply_to_event(ctx, event, {"cancelled_at": ctx.now})
        followed = f" Su actividad N° {event.id} quedó cancelada en la agenda."
    return about(done(f"Invitación N° {found.id} quitada: {describe(found, ctx)}.{followed} "
                      "Si fue un error, escriba «deshacer»."), forget=(ref,))


HANDLERS = {"invitation.update": update, "invitation.cancel": cancel}
COMMITS = {"invitation.update": commit_update, "invitation.cancel": commit_cancel}
CAPABILITY = Capability(
    "invitation_changes", HANDLERS, COMMITS,
    help=(
        HelpLine("Cambiar una invitación",
                 "la invitación del Rotary cambió de lugar: ahora es en el Club de la Unión / la cena pasó a las 21"),
        HelpLine("Quitar una invitación suspendida", "anule la invitación de la Cámara, se suspendió"),
    ),
    acts_on={"invitation.update": "invitation", "invitation.cancel": "invitation"},
)
