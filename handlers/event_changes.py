"""Changing an activity already on the agenda, in words: cancel it, move it, change its place or title.

A cancelled activity is kept with `cancelled_at` (off the agenda, named in the briefing, CANCELLED in the
calendar feed); every change bumps `sequence` so calendar subscribers replace their copy. The activity is
the one the conversation is about ("pásala al lunes"), one of the last list ("la segunda"), or found by its
words and day ("la reunión del jueves"); several that fit are asked about, never picked silently.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from handlers import invitation_changes, reference_match
from handlers.agenda import clash_warning, event_label, event_ref, when_text
from handlers.agenda_slots import SlotError, day_slot, id_slot, text_slot
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.event_edit import apply_to_event, touch
from handlers.format import day_text
from handlers.invitation_match import best_matches
from handlers.moment_change import Moment, moved, said_moment, time_slot
from handlers.pointing import about, point
from handlers.reply import Reply, ask, choose, done, propose
from storage.audit import AuditAction, snapshot
from storage.models import Event, Invitation
from storage.queries.agenda import events_between, events_of_invitation, live_events_from
from storage.queries.invitations import recent_invitations

MAX_OPTIONS = 8
LOOKBACK = timedelta(days=7)
"""How far back a loose reference reaches: a change to last week's activity is rare but happens."""
FILLER = reference_match.FILLER | {"actividad", "actividades", "evento", "agenda", "alcalde", "alcaldesa", "ese",
                                   "esa", "este", "esta", "eso", "esto", "aquello"}
WHICH = "¿Qué actividad? Dígame su nombre o su día (por ejemplo «la reunión del jueves»)."


# --- finding the activity ----------------------------------------------------------------------

def _live(ctx: Context, number: int) -> Event | None:
    event = ctx.session.get(Event, number)
    return event if event and event.deleted_at is None and event.cancelled_at is None else None


def _described(ctx: Context) -> Any:
    zone = ctx.settings.zone
    return lambda event: f"{event_label(event, zone)} {day_text(event.day)}"


def find_event(ctx: Context, intent: str, slots: dict[str, Any]) -> Event | Reply | None:
    """The one activity meant, the question that lists the candidates (or asks which), or None when nothing
    on the agenda fits (the words may name an invitation instead)."""
    try:
        number = id_slot(slots.get("event_id"), "actividad")
        on = day_slot(slots.get("on"))
        at = time_slot(slots.get("at"))
        reference = text_slot(slots, "reference", 300, "La referencia") or ""
    except SlotError as error:
        return Reply(str(error))
    if number is not None:
        return _live(ctx, number) or Reply(f"No encontré la actividad N° {number} en la agenda.")
    pointed = point(ctx.focus, "event", reference, FILLER) if on is None and at is None else None
    found = [event for ref in pointed if (event := _live(ctx, ref.id))] if pointed \
        else _in_list(ctx, reference, on, at) or _by_words(ctx, reference, on, at)
    if not found and not pointed and on is None and at is None and not reference_match.words(reference, FILLER):
        found = _of_invitation_in_focus(ctx)
    if len(found) == 1:
        return found[0]
    if not found:
        if not reference_match.words(reference, FILLER) and on is None and at is None:
            return ask(intent, slots, "reference", WHICH)
        return None
    options = [(f"N° {e.id} · {event_label(e, ctx.settings.zone, ctx.today)}", {"event_id": e.id})
               for e in found[:MAX_OPTIONS]]
    return about(choose(intent, slots, "¿Cuál de estas actividades?", options),
                 listed=[event_ref(e, ctx) for e in found[:MAX_OPTIONS]])


def _not_found(slots: dict[str, Any]) -> Reply:
    said = " ".join(str(slots.get(name) or "") for name in ("reference", "on", "at")).strip()
    return Reply(f"No encontré en la agenda una actividad que calce con «{said}».")


def _of_invitation_in_focus(ctx: Context) -> list[Event]:
    """"suspéndela" right after accepting an invitation: the activity the acceptance put on the agenda."""
    last = ctx.focus.last("invitation")
    return events_of_invitation(ctx.session, last.id) if last else []


def _invitation_meant(ctx: Context, slots: dict[str, Any]) -> bool:
    """"pásala al lunes" about a pending invitation just shown, or words that name an invitation and no
    activity ("la ceremonia de Bomberos cambió de lugar"): the change is the invitation's."""
    reference = str(slots.get("reference") or "")
    if slots.get("event_id") or slots.get("on") or slots.get("at"):
        return False
    if reference_match.words(reference, FILLER):
        return bool(best_matches(reference, recent_invitations(ctx.session, ctx.today - LOOKBACK)))
    latest = next((ref for ref in reversed(ctx.focus.records) if ref.entity in ("event", "invitation")), None)
    return latest is not None and latest.entity == "invitation"


def _in_list(ctx: Context, reference: str, on: date | None, at: time | None) -> list[Event]:
    """"la de las 10" right after a day's agenda was shown: among the activities listed, not the whole agenda."""
    if on is None and at is None:
        return []
    listed = [event for ref in ctx.focus.of_list("event") if (event := _live(ctx, ref.id))]
    return _matching(ctx, listed, reference, on, at) if listed else []


def _by_words(ctx: Context, reference: str, on: date | None, at: time | None = None) -> list[Event]:
    """Among the live activities of the day named, else of the last week and the future."""
    candidates = events_between(ctx.session, on, on) if on else live_events_from(ctx.session, ctx.today - LOOKBACK)
    return _matching(ctx, candidates, reference, on, at)


def _matching(ctx: Context, candidates: list[Event], reference: str, on: date | None,
              at: time | None) -> list[Event]:
    """Those on the day and at the time named whose description holds every word said; failing that, those
    holding most of them (at least half), so that a word of chatter does not hide the activity. The preview
    names it before any change."""
    zone = ctx.settings.zone
    candidates = [e for e in candidates if (on is None or e.day == on)
                  and (at is None or (e.start_at is not None and e.start_at.astimezone(zone).time() == at))]
    if not reference_match.words(reference, FILLER):
        return candidates if on or at else []
    wanted, scores = reference_match.scores(reference, candidates, _described(ctx), FILLER)
    full = [event for event, score in zip(candidates, scores, strict=True) if score == wanted]
    if full:
        return full
    best = max(scores, default=0)
    if not best or (best * 2 < wanted and on is None and at is None):
        return []
    return [event for event, score in zip(candidates, scores, strict=True) if score == best]


# --- event.cancel ------------------------------------------------------------------------------

def cancel(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.cancel", slots)
    if found is None:
        return _not_found(slots)
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
    before = snapshot(found)
    found.cancelled_at = ctx.now
    touch(ctx, found)
    ctx.store(found, AuditAction.UPDATE, before)
    return about(done(f"Actividad N° {found.id} cancelada: {event_label(found, ctx.settings.zone, ctx.today)}. "
                      "Si fue un error, escriba «deshacer»."), event_ref(found, ctx))


# --- event.update ------------------------------------------------------------------------------

def _changes(ctx: Context, event: Event, slots: dict[str, Any]) -> dict[str, Any]:
    """The columns to set (only those that differ); raises SlotError with the reason a value is refused."""
    changes: dict[str, Any] = {}
    day, at = said_moment(slots)
    if day or at:
        current = Moment(event.day, event.start_at, event.end_at)
        target = moved(current, day, at, ctx.settings.zone)
        changes |= {key: value for key, value in (("day", target.day), ("start_at", target.start_at),
                                                  ("end_at", target.end_at)) if getattr(event, key) != value}
    for name, limit, label in (("place", 300, "El lugar"), ("title", 500, "El título")):
        value = text_slot(slots, name, limit, label)
        if value and value != getattr(event, name):
            changes[name] = value
    return changes


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_event(ctx, "event.update", slots)
    if (found is None or (isinstance(found, Reply) and found.pending and found.pending.slot == "reference")) \
            and _invitation_meant(ctx, slots):
        return invitation_changes.update(ctx, slots)
    if found is None:
        return _not_found(slots)
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
                         f"¿Qué cambio en la actividad N° {found.id}: {event_label(found, zone, ctx.today)}? "
                         "(día, hora, lugar o título)"), ref)
    draft = Event.model_validate({**found.model_dump(), **changes})
    lines = [f"Cambiar la actividad N° {found.id}: {found.title}"]
    if {"day", "start_at", "end_at"} & changes.keys():
        lines.append(f"   Cuándo: {when_text(draft.day, draft.start_at, draft.end_at, zone, ctx.today)} "
                     f"(antes: {when_text(found.day, found.start_at, found.end_at, zone, ctx.today)})")
    if "place" in changes:
        lines.append(f"   Lugar: {changes['place']} (antes: {found.place or 'sin lugar'})")
    if "title" in changes:
        lines.append(f"   Título: {changes['title']}")
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
)
