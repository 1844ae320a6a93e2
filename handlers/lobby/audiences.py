"""Audience requests under the Lobby law (Ley 20.730): register one, answer it within its working days
(accepting puts the audience on the mayor's agenda, linked to it), and after the meeting record what
the register publishes: date, place, duration, modality, attendees, whom they represent, paid or not,
the specific matter.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, moment_text, on_day, on_moment, plural
from handlers.legal_deadlines import before_receipt, due_day
from handlers.lobby.applicants import is_legal_person
from handlers.pointing import about
from handlers.reference_match import FILLER, best_matches
from handlers.reply import Reply, ask, choose, done, propose, refuse
from handlers.slot_values import day_of, required_texts, text_slot
from handlers.transparency.find import pinned
from storage.audit import AuditAction, snapshot
from storage.legal import Audience, AudienceStatus
from storage.models import Event
from storage.queries.legal import audiences_live

ENTITY = "audience"
ROLE_NAMES = {"lobbista": "lobbista (remunerado)", "gestor": "gestor de intereses particulares (no remunerado)"}
REGISTER_ROLES = {"lobbista": "lobbista", "gestor": "gestor de intereses"}
KIND_NAMES = {"persona": "persona natural", "entidad": "persona jurídica"}
STATUS_NAMES = {AudienceStatus.REQUESTED: "solicitada", AudienceStatus.ACCEPTED: "aceptada",
                AudienceStatus.DECLINED: "rechazada", AudienceStatus.HELD: "realizada"}
REFERENCE_FILLER = FILLER | {"audiencia", "audiencias", "lobby", "solicitud", "reunion", "alcalde"}
MINUTES = re.compile(r"(\d{1,3})\s*(?:min|minutos?)\b")
HOURS = re.compile(r"(\d{1,2}(?:[.,]5)?)\s*(?:h|hrs?|horas?)\b")
WORDED = {"media hora": 30, "hora y media": 90, "una hora": 60, "dos horas": 120, "tres cuartos de hora": 45}
VIRTUAL = re.compile(r"(?i)video|virtual|zoom|meet|teams|remot|en\s*l[ií]nea|online")
MEETING_HOURS = 1


def label(audience: Audience) -> str:
    return f"{_who(audience)} · {audience.subject}"


def _who(audience: Audience) -> str:
    """The applicant and, when they speak for a body, that body: staff find the request by either name."""
    return f"{audience.applicant} (por {audience.represented})" if audience.represented else audience.applicant


def register_word(value: str) -> str:
    """How the register's Excel names a stored value: the status, the applicant's quality and kind."""
    return {**STATUS_NAMES, **REGISTER_ROLES, **KIND_NAMES}.get(value, value)


def status_name(status: str) -> str:
    return STATUS_NAMES.get(AudienceStatus(status), status) if status in set(AudienceStatus) else status


def _ref(audience: Audience) -> Ref:
    return Ref(ENTITY, audience.id or 0, label(audience))


# --- register a request --------------------------------------------------------------------------

def _request_values(ctx: Context, slots: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    texts, question = required_texts("lobby.create", slots,
                                     {"applicant": "¿Quién pide la audiencia? (persona o empresa)",
                                      "subject": "¿Sobre qué materia pide la audiencia?"})
    if question:
        return None, question
    received = day_of(slots.get("received")) or ctx.today
    if received > ctx.today:
        return None, Reply(f"La fecha de recepción ({day_text(received)}) es futura; no guardé nada.")
    role = text_slot(slots, "applicant_role") or "gestor"
    role = role if role in ROLE_NAMES else "gestor"
    return {**texts, "represented": text_slot(slots, "represented"), "applicant_role": role,
            "applicant_kind": applicant_kind(texts["applicant"]), "received_on": received}, None


def applicant_kind(applicant: str) -> str:
    """«entidad» when the name is a company's or an organisation's (persona jurídica), else «persona»."""
    return "entidad" if is_legal_person(applicant) else "persona"


def create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = _request_values(ctx, slots)
    if problem or values is None:
        return problem or Reply("No guardé nada.")
    days = ctx.settings.legal.audience_answer_days
    due = due_day(values["received_on"], days)
    lines = ["Nueva solicitud de audiencia (Ley del Lobby):",
             f"   Solicita: {values['applicant']} ({KIND_NAMES[values['applicant_kind']]})",
             f"   Calidad: {ROLE_NAMES[values['applicant_role']]}"]
    lines += [f"   En representación de: {values['represented']}"] if values["represented"] else []
    lines += [f"   Materia: {values['subject']}", f"Recibida: {day_text(values['received_on'], ctx.today)}; "
              f"responder en {plural(days, 'día hábil', 'días hábiles')}, a más tardar {on_day(due, ctx.today)}."]
    if values["applicant_role"] == "gestor":
        lines.append("Si quien la pide es remunerado por gestionarla, responda «no» y regístrela diciendo "
                     "que es lobbista.")
    return propose("lobby.create", {**slots, "applicant_role": values["applicant_role"],
                                    "received": values["received_on"]}, "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = _request_values(ctx, slots)
    if problem or values is None:
        return Reply(problem.text if problem else "No guardé nada.")
    due = due_day(values["received_on"], ctx.settings.legal.audience_answer_days)
    audience = Audience(**values, due_on=due, created_at=ctx.now, created_by=ctx.actor.telegram_id)
    ctx.store(audience, AuditAction.CREATE)
    return about(done(f"Solicitud de audiencia de {_who(audience)} guardada (n.º {audience.id}). "
                      f"Responder a más tardar {on_day(due, ctx.today)}."), _ref(audience))


# --- find one ------------------------------------------------------------------------------------

def find_audience(ctx: Context, intent: str, slots: dict[str, Any],
                  statuses: tuple[str, ...]) -> tuple[Audience | None, Reply | None]:
    audience = pinned(ctx, slots, Audience, "audience_id", ENTITY, REFERENCE_FILLER)
    if audience is not None:
        return audience, None
    reference = text_slot(slots, "reference")
    candidates = [a for a in audiences_live(ctx.session) if a.status in statuses]
    if not reference:
        if len(candidates) == 1:
            return candidates[0], None
        return None, ask(intent, slots, "reference", "¿Qué audiencia? (quién la pidió)")
    found = best_matches(reference, candidates, lambda a: f"{label(a)} {a.applicant_role}", REFERENCE_FILLER)
    if len(found) == 1:
        return found[0], None
    if not found:
        return None, Reply(f"No encuentro una audiencia de «{reference}» en ese estado. No cambié nada.")
    return None, choose(intent, slots, "¿Cuál de estas audiencias?",
                        [(label(a), {"audience_id": a.id}) for a in found[:8]])


# --- answer it -----------------------------------------------------------------------------------

def _start(ctx: Context, slots: dict[str, Any]) -> datetime | date | None:
    value = slots.get("start")
    if isinstance(value, datetime):
        return value.replace(tzinfo=ctx.settings.zone) if value.tzinfo is None else value
    return day_of(value)


def respond(ctx: Context, slots: dict[str, Any]) -> Reply:
    audience, problem = find_audience(ctx, "lobby.respond", slots, (AudienceStatus.REQUESTED, AudienceStatus.ACCEPTED))
    if audience is None:
        return problem or Reply("No cambié nada.")
    response = text_slot(slots, "response")
    if response not in ("accepted", "declined"):
        return ask("lobby.respond", {**slots, "audience_id": audience.id}, "response",
                   f"¿Se acepta o se rechaza la audiencia de {audience.applicant}?")
    lines = [f"Audiencia de {label(audience)}:", f"   Estado: {status_name(audience.status)} → "
             f"{status_name(AudienceStatus.ACCEPTED if response == 'accepted' else AudienceStatus.DECLINED)}"]
    late = ctx.today > audience.due_on and audience.status == AudienceStatus.REQUESTED
    if response == "accepted":
        start = _start(ctx, slots)
        if start is None:
            return ask("lobby.respond", {**slots, "audience_id": audience.id}, "start",
                       f"¿Qué día y a qué hora recibe el alcalde a {audience.applicant}?")
        day = day_of(start)
        early = before_receipt(f"La audiencia de {audience.applicant}", "realizarse", day, audience.received_on,
                               ctx.today)
        if early is not None:
            return refuse(early)
        moment = ctx.local(start) if isinstance(start, datetime) else None
        lines.append(f"   En la agenda: {moment_text(day, moment, ctx.today)}" +
                     (f", {text_slot(slots, 'place')}" if text_slot(slots, "place") else ""))
    if late:
        lines.append(f"   Atención: el plazo para responder venció {on_day(audience.due_on, ctx.today)}.")
    return about(propose("lobby.respond", {**slots, "audience_id": audience.id}, "\n".join(lines)), _ref(audience))


def commit_respond(ctx: Context, slots: dict[str, Any]) -> Reply:
    audience, problem = find_audience(ctx, "lobby.respond", slots, (AudienceStatus.REQUESTED, AudienceStatus.ACCEPTED))
    response = text_slot(slots, "response")
    if audience is None or response not in ("accepted", "declined"):
        return Reply(problem.text if problem else "No cambié nada.")
    before = snapshot(audience)
    audience.answered_on = ctx.today
    if response == "declined":
        audience.status = AudienceStatus.DECLINED
        _drop_event(ctx, audience)
        ctx.store(audience, AuditAction.UPDATE, before)
        return about(done(f"Audiencia de {audience.applicant} rechazada."), _ref(audience))
    start = _start(ctx, slots)
    if start is None:
        return Reply("Falta el día de la audiencia; no guardé nada.")
    event = _event(ctx, audience, start, text_slot(slots, "place"))
    audience.status, audience.event_id = AudienceStatus.ACCEPTED, event.id
    ctx.store(audience, AuditAction.UPDATE, before)
    return about(done(f"Audiencia de {audience.applicant} aceptada y en la agenda "
                      f"{on_moment(event.day, ctx.local(event.start_at) if event.start_at else None, ctx.today)}."),
                 _ref(audience), Ref("event", event.id or 0, event.title))


def _event(ctx: Context, audience: Audience, start: datetime | date, place: str | None) -> Event:
    """The agenda activity of an accepted audience; a new date replaces the earlier activity's."""
    if audience.event_id is not None:
        _drop_event(ctx, audience)
    timed = isinstance(start, datetime)
    event = Event(title=f"Audiencia Ley del Lobby: {label(audience)}",
                  day=ctx.local(start).date() if isinstance(start, datetime) else start,
                  start_at=start if timed else None,
                  end_at=start + timedelta(hours=MEETING_HOURS) if isinstance(start, datetime) else None,
                  place=place, notes=f"Audiencia n.º {audience.id} del registro de lobby",
                  created_by=ctx.actor.telegram_id, created_at=ctx.now)
    ctx.store(event, AuditAction.CREATE)
    return event


def _drop_event(ctx: Context, audience: Audience) -> None:
    event = ctx.session.get(Event, audience.event_id) if audience.event_id is not None else None
    if event is not None and event.deleted_at is None:
        before = snapshot(event)
        event.deleted_at = ctx.now
        ctx.store(event, AuditAction.DELETE, before)


# --- record the meeting --------------------------------------------------------------------------

def duration_minutes(text: str | None) -> int | None:
    """«45 minutos», «1 hora», «hora y media», «1,5 horas»: the meeting's length in minutes."""
    if not text:
        return None
    folded = text.lower()
    for words, minutes in WORDED.items():
        if words in folded:
            return minutes
    hours = HOURS.search(folded)
    minutes = MINUTES.search(folded)
    total = (round(float(hours.group(1).replace(",", ".")) * 60) if hours else 0) + \
        (int(minutes.group(1)) if minutes else 0)
    return total or None


def modality(text: str | None) -> str | None:
    if not text:
        return None
    if VIRTUAL.search(text):
        return "videoconferencia"
    return "presencial" if "presencial" in text.lower() or "en persona" in text.lower() else None


def _meeting(ctx: Context, audience: Audience, slots: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    """What the register needs of the meeting, asking for what is missing one question at a time."""
    keep = {**slots, "audience_id": audience.id}
    kind = modality(text_slot(slots, "modality"))
    if kind is None:
        return None, ask("lobby.record", keep, "modality", "¿Fue presencial o por videoconferencia?")
    minutes = duration_minutes(text_slot(slots, "duration"))
    if minutes is None:
        return None, ask("lobby.record", keep, "duration", "¿Cuánto duró? (por ejemplo «45 minutos»)")
    attendees = text_slot(slots, "attendees")
    if not attendees:
        return None, ask("lobby.record", keep, "attendees", "¿Quiénes asistieron? (nombres, separados por coma)")
    event = ctx.session.get(Event, audience.event_id) if audience.event_id is not None else None
    held = day_of(slots.get("held")) or (event.day if event is not None and event.day <= ctx.today else ctx.today)
    paid = slots.get("paid")
    paid = paid if isinstance(paid, bool) else audience.applicant_role == "lobbista"
    place = text_slot(slots, "place") or (event.place if event is not None else None)
    return {"held_on": held, "modality": kind, "duration_minutes": minutes, "attendees": attendees, "paid": paid,
            "place": place, "matter": text_slot(slots, "matter") or audience.subject}, None


def record(ctx: Context, slots: dict[str, Any]) -> Reply:
    audience, problem = find_audience(ctx, "lobby.record", slots, (AudienceStatus.ACCEPTED, AudienceStatus.REQUESTED,
                                                                   AudienceStatus.HELD))
    if audience is None:
        return problem or Reply("No cambié nada.")
    early = before_receipt(f"La audiencia de {audience.applicant}", "realizarse", day_of(slots.get("held")),
                           audience.received_on, ctx.today)
    if early is not None:
        return refuse(early)
    values, problem = _meeting(ctx, audience, slots)
    if values is None:
        return problem or Reply("No cambié nada.")
    lines = [f"Registro de la audiencia de {label(audience)}:",
             f"   Fecha: {day_text(values['held_on'], ctx.today)} · Lugar: {values['place'] or 'sin indicar'}",
             f"   Duración: {values['duration_minutes']} minutos · Modalidad: {values['modality']}",
             f"   Asistentes: {values['attendees']}",
             f"   Representan a: {audience.represented or audience.applicant} · "
             f"Remunerado: {'sí' if values['paid'] else 'no'}", f"   Materia tratada: {values['matter']}"]
    return about(propose("lobby.record", {**slots, "audience_id": audience.id}, "\n".join(lines)), _ref(audience))


def commit_record(ctx: Context, slots: dict[str, Any]) -> Reply:
    audience, problem = find_audience(ctx, "lobby.record", slots, (AudienceStatus.ACCEPTED, AudienceStatus.REQUESTED,
                                                                   AudienceStatus.HELD))
    values, missing = _meeting(ctx, audience, slots) if audience else (None, None)
    if audience is None or values is None:
        return Reply((problem or missing).text if (problem or missing) else "No cambié nada.")
    before = snapshot(audience)
    for name, value in values.items():
        setattr(audience, name, value)
    audience.status = AudienceStatus.HELD
    ctx.store(audience, AuditAction.UPDATE, before)
    return about(done(f"Audiencia de {audience.applicant} registrada como realizada "
                      f"{on_day(audience.held_on or ctx.today, ctx.today)}."), _ref(audience))

