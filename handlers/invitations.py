"""Invitations sent to the mayor: registering them, listing those awaiting an answer, and answering.

Accepting puts the event on the agenda (linked by `invitation_id`); declining or delegating an
invitation that had been accepted takes that event off again, so the agenda never shows an
activity the mayor is no longer going to.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from handlers import reference_match
from handlers.agenda import clash_warning, when_text
from handlers.agenda_slots import SlotError, checked_draft, checked_text, day_slot, id_slot, moment_slot, store_draft
from handlers.capability import PERIOD, Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.event_match import opens_with_activity
from handlers.focus import Ref
from handlers.format import day_text, plural
from handlers.invitation_match import FILLER, best_matches, invitation_name, response_slot
from handlers.lobby import audiences
from handlers.lobby.audiences import ENTITY as AUDIENCE
from handlers.pointing import about, latest_kind, names_place, point, pointing_only
from handlers.reply import Reply, ask, choose, done, propose
from storage.audit import AuditAction, snapshot
from storage.folding import fold
from storage.models import Event, Invitation, InvitationStatus
from storage.queries.agenda import events_of_invitation
from storage.queries.invitations import pending_invitations, recent_invitations

__all__ = ["COMMITS", "HANDLERS", "days_left_text", "invitation_label", "invitation_ref", "pending_invitations",
           "resolve"]

OTHER_ANSWERS = {AUDIENCE: audiences.respond}
"""Records answered like an invitation, by kind: an ordinal or a pronoun about one goes to its own answer."""
REFERENCE_LOOKBACK = timedelta(days=60)
"""How far back a loose reference may reach (an answer changed after the event is rare)."""

MAX_OPTIONS = 8
ANSWERED = {InvitationStatus.ACCEPTED: "aceptada", InvitationStatus.DECLINED: "declinada",
            InvitationStatus.DELEGATED: "delegada"}
ANSWER_OF = {"accepted": InvitationStatus.ACCEPTED, "declined": InvitationStatus.DECLINED,
             "delegated": InvitationStatus.DELEGATED, "pending": InvitationStatus.PENDING}
ANSWER_VERB = {InvitationStatus.ACCEPTED: "aceptar", InvitationStatus.DECLINED: "declinar",
               InvitationStatus.DELEGATED: "delegar"}


# --- text ----------------------------------------------------------------------------------------

def invitation_label(invitation: Invitation, ctx: Context, today: date | None = None) -> str:
    """`N° 7 · Cena aniversario (Rotary Club), jueves 3 de diciembre, 20:00, Club Social`."""
    return f"N° {invitation.id} · {describe(invitation, ctx, today)}"


def describe(invitation: Invitation, ctx: Context, today: date | None = None) -> str:
    """`Cena aniversario (Rotary Club), jueves 3 de diciembre, 20:00, Club Social`."""
    text = invitation_name(invitation)
    if invitation.day is not None:
        zone = ctx.settings.zone
        text += f", {when_text(invitation.day, invitation.start_at, invitation.end_at, zone, today or ctx.today)}"
    if invitation.place:
        text += f", {invitation.place}"
    return text


def invitation_ref(invitation: Invitation, ctx: Context) -> Ref:
    """The invitation as the conversation remembers it, named by the words shown for it."""
    return Ref("invitation", invitation.id or 0, describe(invitation, ctx), invitation.day)


def days_left_text(day: date | None, today: date) -> str:
    """How urgent an answer is: `faltan 10 días`, `es mañana`, `es hoy`."""
    if day is None:
        return "sin fecha"
    left = (day - today).days
    if left < 0:
        return "ya pasó"
    return {0: "es hoy", 1: "es mañana"}.get(left, f"faltan {plural(left, 'día')}")


# --- invitation.create -----------------------------------------------------------------------------

def _missing_create(slots: dict[str, Any]) -> Reply | None:
    if slots.get("start") in (None, ""):
        return ask("invitation.create", slots, "start", "¿Para qué día (y a qué hora) es la invitación?")
    if not any(str(slots.get(name) or "").strip() for name in ("title", "organizer")):
        return ask("invitation.create", slots, "title", "¿De qué se trata la invitación o quién invita?")
    return None


def _draft(ctx: Context, slots: dict[str, Any]) -> Invitation:
    organizer = checked_text(slots, "organizer", 300, "El organizador")
    title = checked_text(slots, "title", 500, "El título") or f"Invitación de {organizer}"
    place = checked_text(slots, "place", 300, "El lugar")
    day, start_at = moment_slot(slots["start"], ctx.settings.zone)
    return Invitation(organizer=organizer, title=title, day=day, start_at=start_at, place=place,
                      received_at=ctx.now, status=InvitationStatus.PENDING, created_by=ctx.actor.telegram_id)


def handle_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    invitation = checked_draft(ctx, slots, _missing_create, _draft)
    if isinstance(invitation, Reply):
        return invitation
    lines = ["Registrar invitación:", f"• {invitation.title}"]
    if invitation.organizer:
        lines.append(f"• Invita: {invitation.organizer}")
    lines.append(f"• Cuándo: {when_text(invitation.day, invitation.start_at, None, ctx.settings.zone, ctx.today)}")
    if invitation.place:
        lines.append(f"• Lugar: {invitation.place}")
    if invitation.day is not None and invitation.day < ctx.today:
        lines.append("Ojo: esa fecha ya pasó.")
    if invitation.day is not None and invitation.start_at is None:
        lines.append("No dice la hora: si la sabe, dígamela («a las 19») y la corrijo.")
    lines.append("Quedará pendiente de respuesta.")
    return propose("invitation.create", slots, "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    invitation = store_draft(ctx, slots, _missing_create, _draft)
    if isinstance(invitation, Reply):
        return invitation
    return about(done(f"Invitación N° {invitation.id} guardada: {describe(invitation, ctx)}. "
                      "Queda pendiente de respuesta."), invitation_ref(invitation, ctx))


# --- invitation.query ------------------------------------------------------------------------------

def _pending_lines(ctx: Context, invitations: list[Invitation]) -> list[str]:
    return [f"• {invitation_label(i, ctx)} — {days_left_text(i.day, ctx.today)}" for i in invitations]


def handle_query(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Those awaiting an answer (the usual question), or those accepted, declined or delegated; of some days
    when a period is said; or, for one invitation named, who goes to it."""
    if str(slots.get("reference") or "").strip():
        return _who_goes(ctx, slots)
    try:
        first, last = day_slot(slots.get("date_from")), day_slot(slots.get("date_to"))
    except SlotError as error:
        return Reply(str(error))
    status = ANSWER_OF.get(str(slots.get("status") or ""), InvitationStatus.PENDING)
    if status == InvitationStatus.PENDING:
        found = pending_invitations(ctx.session, ctx.today)
        heading, none = "Invitaciones por responder", "No hay invitaciones pendientes de respuesta"
    else:
        found = [i for i in recent_invitations(ctx.session, ctx.today - REFERENCE_LOOKBACK) if i.status == status]
        heading, none = f"Invitaciones {ANSWERED[status]}s", f"No hay invitaciones {ANSWERED[status]}s"
    if first:
        found = [i for i in found if i.day is not None and first <= i.day <= (last or first)]
        heading += f" del {day_text(first)} al {day_text(last or first)}"
        none += f" del {day_text(first)} al {day_text(last or first)}"
    if not found:
        return about(Reply(f"{none}."), listed=())
    return about(Reply("\n".join([f"{heading} ({len(found)}):", *_pending_lines(ctx, found)])),
                 listed=[invitation_ref(invitation, ctx) for invitation in found])


def _who_goes(ctx: Context, slots: dict[str, Any]) -> Reply:
    """"¿quién va al lanzamiento?": the answer stored for each invitation the words name (the mayor, whoever
    represents them, nobody, or not answered yet)."""
    try:
        reference = checked_text(slots, "reference", 300, "La referencia") or ""
    except SlotError as error:
        return Reply(str(error))
    pointed = point(ctx.focus, "invitation", reference, FILLER)
    found = [invitation for ref in pointed if (invitation := _live(ctx, ref.id))] if pointed \
        else best_matches(reference, recent_invitations(ctx.session, ctx.today - REFERENCE_LOOKBACK))
    if not found:
        return Reply(f"No encontré una invitación que calce con «{reference}».")
    lines = [f"Invitación {invitation_label(i, ctx)}: {_who_text(i)}." for i in found[:MAX_OPTIONS]]
    shown = [invitation_ref(i, ctx) for i in found[:MAX_OPTIONS]]
    single = shown if len(shown) == 1 else []  # the one shown is in focus: «¿y cuándo era?»
    return about(Reply("\n".join(lines)), *single, listed=shown)


def _who_text(invitation: Invitation) -> str:
    if invitation.status == InvitationStatus.DELEGATED:
        return f"va en representación {invitation.delegate}"
    if invitation.status == InvitationStatus.ACCEPTED:
        return "aceptada, va el alcalde"
    if invitation.status == InvitationStatus.DECLINED:
        return "declinada, no va nadie"
    return "aún sin responder"


# --- invitation.respond ----------------------------------------------------------------------------

def _live(ctx: Context, number: int) -> Invitation | None:
    invitation = ctx.session.get(Invitation, number)
    return invitation if invitation is not None and invitation.deleted_at is None else None


def resolve(ctx: Context, slots: dict[str, Any], intent: str = "invitation.respond") -> Invitation | Reply:
    """The one invitation meant: by number; by the conversation ("recházala", "la segunda", "la del Rotary"
    among those just listed); or by the reference's words, where among equally good matches those awaiting
    an answer win, since answering is what people mostly do. Several equally good ones are asked about."""
    number = id_slot(slots.get("invitation_id"), "invitación")
    if number is not None:
        return _live(ctx, number) or Reply(f"No encontré la invitación N° {number}.")
    reference = checked_text(slots, "reference", 300, "La referencia") or ""
    pointed = point(ctx.focus, "invitation", reference, FILLER)
    pending = pending_invitations(ctx.session, ctx.today)
    if pointed:
        found = [invitation for ref in pointed if (invitation := _live(ctx, ref.id))]
    elif not fold(reference):
        found = pending
    else:
        found = best_matches(reference, recent_invitations(ctx.session, ctx.today - REFERENCE_LOOKBACK))
        waiting_ids = {invitation.id for invitation in pending}
        waiting = [invitation for invitation in found if invitation.id in waiting_ids]
        answered_by_kind = intent == "invitation.respond" and _names_an_activity(reference)
        found = waiting or found or ([] if answered_by_kind else _in_focus(ctx))
    if len(found) == 1:
        return found[0]
    if found:
        options = [(invitation_label(i, ctx), {"invitation_id": i.id}) for i in found[:MAX_OPTIONS]]
        return about(choose(intent, slots, "¿Cuál de estas invitaciones?", options),
                     listed=[invitation_ref(i, ctx) for i in found[:MAX_OPTIONS]])
    if not pending:
        return Reply(f"No encontré una invitación que calce con «{reference}», y no hay invitaciones pendientes.")
    heading = f"No encontré una invitación que calce con «{reference}». Pendientes:"
    return about(Reply("\n".join([heading, *_pending_lines(ctx, pending[:MAX_OPTIONS])])),
                 listed=[invitation_ref(i, ctx) for i in pending[:MAX_OPTIONS]])


def _names_an_activity(reference: str) -> bool:
    """Whether the reference opens with a kind of activity («la del almuerzo», «cena del Rotary»): it names an
    invitation, so when none holds it the pending ones are shown, never the one in focus answered instead. A reason
    («tenemos sesión de concejo») opens otherwise and leaves the focus to say which. Only for an answer: news of a
    change («la ceremonia se pasó pal gimnasio») calls the invitation in focus by its kind."""
    return opens_with_activity(reference_match.words(reference, FILLER))


def _in_focus(ctx: Context) -> list[Invitation]:
    """The invitation the chat is about, when the reference's words name no invitation at all ("tiene concejo
    ese día, recházala"): the preview names it before anything changes."""
    last = ctx.focus.last("invitation")
    invitation = _live(ctx, last.id) if last else None
    return [invitation] if invitation else []


def _agenda_draft(ctx: Context, invitation: Invitation) -> Event | None:
    """The agenda entry an acceptance creates; an undated invitation has no day to put it on."""
    if invitation.day is None:
        return None
    return Event(title=invitation.title, day=invitation.day, start_at=invitation.start_at, end_at=invitation.end_at,
                 place=invitation.place, invitation_id=invitation.id, created_by=ctx.actor.telegram_id,
                 created_at=ctx.now)


def _consequence(ctx: Context, invitation: Invitation, status: InvitationStatus) -> list[str]:
    """What else will change on the agenda, told before the user confirms."""
    if status == InvitationStatus.ACCEPTED:
        draft = _agenda_draft(ctx, invitation)
        if draft is None:
            return ["No tiene fecha, así que no se agregará a la agenda."]
        warning = clash_warning(ctx.session, draft, ctx.settings.zone)
        return ["Se agregará a la agenda.", *([warning] if warning else [])]
    if invitation.status == InvitationStatus.ACCEPTED:
        return ["Se quitará de la agenda."]
    return []


def _answer_for_other_record(ctx: Context, slots: dict[str, Any]) -> Reply | None:
    """«rechaza la segunda» right after a list of audience requests, «recházala» right after one was stored: the
    answer is for the record the conversation points at, when that is not an invitation."""
    reference = str(slots.get("reference") or "")
    said = reference_match.words(reference, FILLER)
    if names_place(said):
        kinds = {ref.entity for ref in ctx.focus.listed}
        kind = next(iter(kinds)) if len(kinds) == 1 else None
    elif pointing_only(reference, FILLER):
        kind = latest_kind(ctx.focus, ("invitation", *OTHER_ANSWERS))
    else:
        return None
    answer = OTHER_ANSWERS.get(kind or "")
    return answer(ctx, slots) if answer else None


def handle_respond(ctx: Context, slots: dict[str, Any]) -> Reply:
    other = _answer_for_other_record(ctx, slots)
    if other is not None:
        return other
    try:
        status = response_slot(slots.get("response"))
        found = resolve(ctx, slots)
        delegate = checked_text(slots, "delegate", 300, "El nombre de quien va")
    except SlotError as error:
        return Reply(str(error))
    if isinstance(found, Reply):
        return found
    slots = {**slots, "invitation_id": found.id}
    ref = invitation_ref(found, ctx)
    if status is None:
        return about(ask("invitation.respond", slots, "response",
                         f"¿Qué respondo a «{found.title}»: acepta, declina o delega?"), ref)
    if status == InvitationStatus.DELEGATED and not delegate:
        return about(ask("invitation.respond", slots, "delegate",
                         f"¿Quién irá en representación a «{found.title}»?"), ref)
    if found.status == status and (status != InvitationStatus.DELEGATED or found.delegate == delegate):
        return about(Reply(f"La invitación {invitation_label(found, ctx)} ya está {ANSWERED[status]}."), ref)
    answer = ANSWER_VERB[status] + (f" en {delegate}" if status == InvitationStatus.DELEGATED else "")
    lines = [f"Invitación {invitation_label(found, ctx)}", f"Respuesta: {answer}."]
    if found.status != InvitationStatus.PENDING:
        lines.append(f"(Antes estaba {ANSWERED[InvitationStatus(found.status)]}.)")
    lines += _consequence(ctx, found, status)
    return about(propose("invitation.respond", slots, "\n".join(lines)), ref)


def _sync_agenda(ctx: Context, invitation: Invitation) -> str:
    """Make the agenda follow the answer; returns what happened, for the reply."""
    linked = events_of_invitation(ctx.session, invitation.id or 0)
    if invitation.status == InvitationStatus.ACCEPTED:
        if linked:
            return f" Ya estaba en la agenda (actividad N° {linked[0].id})."
        event = _agenda_draft(ctx, invitation)
        if event is None:
            return " No tiene fecha: agréguela a la agenda cuando se sepa."
        ctx.store(event, AuditAction.CREATE)
        return f" Agregada a la agenda (actividad N° {event.id})."
    for event in linked:
        before = snapshot(event)
        event.deleted_at = ctx.now
        ctx.store(event, AuditAction.DELETE, before)
    return " Se quitó de la agenda." if linked else ""


def commit_respond(ctx: Context, slots: dict[str, Any]) -> Reply:
    try:
        status = response_slot(slots.get("response"))
        number = id_slot(slots.get("invitation_id"), "invitación")
        delegate = checked_text(slots, "delegate", 300, "El nombre de quien va")
    except SlotError as error:
        return Reply(str(error))
    invitation = _live(ctx, number) if number is not None else None
    if status is None or invitation is None or (status == InvitationStatus.DELEGATED and not delegate):
        return Reply("No guardé nada: falta saber qué invitación, qué respuesta o quién va. Indíquelo de nuevo.")
    before = snapshot(invitation)
    invitation.status = status
    invitation.delegate = delegate if status == InvitationStatus.DELEGATED else None
    invitation.answered_at = ctx.now
    ctx.store(invitation, AuditAction.UPDATE, before)
    agenda = _sync_agenda(ctx, invitation)
    answer = ANSWERED[status] + (f" en {delegate}" if status == InvitationStatus.DELEGATED else "")
    return about(done(f"Invitación N° {invitation.id} {answer}, guardado: {describe(invitation, ctx)}.{agenda}"),
                 invitation_ref(invitation, ctx))


HANDLERS = {"invitation.create": handle_create, "invitation.query": handle_query,
            "invitation.respond": handle_respond}
COMMITS = {"invitation.create": commit_create, "invitation.respond": commit_respond}
CAPABILITY = Capability(
    "invitations", HANDLERS, COMMITS,
    help=(
        HelpLine("Invitaciones", "llegó invitación del Rotary para el sábado 28 a las 19 hrs"),
        HelpLine("Responder invitaciones", "acepta la invitación del Rotary / delega la cena en el concejal Rojas"),
    ),
    mayor_may_write=frozenset({"invitation.respond"}),
    acts_on={"invitation.respond": "invitation"},
    follow_ups={"invitation.query": FollowUp(period=PERIOD, status=("status",))},
    shown_by={"invitation": ("invitation.query", "reference")},
)
