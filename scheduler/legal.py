"""Reminders of legal deadlines: open transparency requests and unanswered audience requests, to the
responsible unit's chat and the cabinet group, 5 and 2 working days before the due day and on it.

Each reminder is named by the record, its due day and the step (`<id>:<due>:<days before>`), so it
goes once however many runs, retries and restarts see it (see `scheduler.deliveries`); a request
whose deadline moves (an extension, a correction) gets reminders for its new day. A run missed while
the bot was down still sends the step it owed, until the next step replaces it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from handlers.context import Context
from handlers.format import on_day, plural
from handlers.legal_deadlines import working_days_left
from handlers.reply import Choice, Reply
from handlers.transparency.terms import status_name
from handlers.working_days import is_working_day
from storage.legal import Audience, AudienceStatus, TransparencyRequest, TransparencyStatus
from storage.queries.legal import audiences_pending, open_requests

TRANSPARENCY = "transparency"
AUDIENCE = "audience"
BUTTON = "legal"
"""Prefix of the reminders' button values (`legal:<action>:<id>`), short for Telegram's 64-byte callback data."""
BUTTON_ACTIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "ver": ("transparency.query", {}), "prorrogar": ("transparency.update", {"step": "prorrogar"}),
    "aceptar": ("lobby.respond", {"response": "accepted"}), "rechazar": ("lobby.respond", {"response": "declined"}),
}
"""What each button asks for: an ordinary request for the dispatcher, previewed and confirmed like typed words."""
Owed = tuple[str, int, str]
"""(kind, chat, item key): what `scheduler.outbox` turns into an `Outgoing`."""


def cabinet_chat(ctx: Context) -> int | None:
    return ctx.settings.legal.cabinet_chat_id or ctx.settings.telegram.mayor_chat_id


def step_due(today: date, due: date, steps: tuple[int, ...]) -> int | None:
    """The reminder step owed today: the smallest of `steps` not below the working days left; None when the
    first step is still ahead or the day has passed (the briefing names overdue requests instead)."""
    left = working_days_left(today, due)
    reached = [step for step in steps if step >= left >= 0]
    return min(reached) if reached else None


def owed(ctx: Context, day: date) -> list[Owed]:
    if not is_working_day(day):
        return []
    steps = tuple(ctx.settings.legal.reminder_days_before)
    cabinet = cabinet_chat(ctx)
    found: list[Owed] = []
    for request in open_requests(ctx.session):
        step = None if request.status == TransparencyStatus.CORRECTION else step_due(day, request.due_on, steps)
        if step is None:
            continue
        department = ctx.settings.department(request.department)
        chats = dict.fromkeys(chat for chat in (department.chat_id if department else None, cabinet) if chat)
        found += [(TRANSPARENCY, chat, f"{request.id}:{request.due_on.isoformat()}:{step}") for chat in chats]
    if cabinet:
        for audience in audiences_pending(ctx.session):
            step = step_due(day, audience.due_on, steps)
            if step is not None:
                found.append((AUDIENCE, cabinet, f"{audience.id}:{audience.due_on.isoformat()}:{step}"))
    return found


def _key(key: str) -> tuple[int, date]:
    number, due, _step = key.split(":")
    return int(number), date.fromisoformat(due)


def _when(due: date, day: date) -> str:
    left = working_days_left(day, due)
    if left <= 0:
        return "vence HOY"
    return f"vence en {plural(left, 'día hábil', 'días hábiles')}, {on_day(due, day)}"


def compose_transparency(ctx: Context, key: str, day: date) -> Reply | None:
    """None when the request was answered, removed or its deadline moved since the reminder was owed."""
    number, due = _key(key)
    request = ctx.session.get(TransparencyRequest, number)
    if request is None or request.deleted_at is not None or request.due_on != due:
        return None
    if not TransparencyStatus(request.status).is_open or request.status == TransparencyStatus.CORRECTION:
        return None
    department = ctx.settings.department(request.department)
    lines = [f"Transparencia: la solicitud {request.folio} ({request.requester}) {_when(due, day)}.",
             f"   Pide: {request.subject}",
             f"   Unidad: {department.name if department else request.department} · "
             f"Estado: {status_name(request.status)}"]
    choices = [Choice("Ver solicitud", f"{BUTTON}:ver:{request.id}")]
    if request.extended_on is None:
        lines.append("   Si no alcanza, la prórroga (art. 14) debe decidirse antes del vencimiento.")
        choices.append(Choice("Prorrogar", f"{BUTTON}:prorrogar:{request.id}"))
    return Reply("\n".join(lines), choices=tuple(choices))


def compose_audience(ctx: Context, key: str, day: date) -> Reply | None:
    number, due = _key(key)
    audience = ctx.session.get(Audience, number)
    if audience is None or audience.deleted_at is not None or audience.due_on != due:
        return None
    if audience.status != AudienceStatus.REQUESTED:
        return None
    on_behalf = f", por {audience.represented}" if audience.represented else ""
    return Reply(f"Lobby: la solicitud de audiencia de {audience.applicant}{on_behalf} {_when(due, day)}.\n"
                 f"   Materia: {audience.subject}\n"
                 "   Responda aceptándola con fecha o rechazándola (Ley 20.730).",
                 choices=(Choice("Aceptar", f"{BUTTON}:aceptar:{audience.id}"),
                          Choice("Rechazar", f"{BUTTON}:rechazar:{audience.id}")))


def button_request(value: str) -> tuple[str, dict[str, Any]] | None:
    """For a reminder's button value `legal:<action>:<id>`: the intent and slots to hand to the dispatcher."""
    prefix, _, rest = value.partition(":")
    action, _, number = rest.partition(":")
    if prefix != BUTTON or action not in BUTTON_ACTIONS or not number.isdigit():
        return None
    intent, slots = BUTTON_ACTIONS[action]
    key = "audience_id" if intent.startswith("lobby") else "request_id"
    return intent, {**slots, key: int(number)}
