"""The text of the messages the scheduler pushes, and what their buttons do.

The scheduler decides what is due and when; this module says it in Spanish. Button values are
short (Telegram allows 64 bytes of callback data) and parsed back here, so the format has one home.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from handlers.agenda import when_text
from handlers.contacts import contact_lines
from handlers.context import Context
from handlers.format import day_text, on_day, plural
from handlers.invitations import days_left_text, invitation_label
from handlers.reply import Choice, Reply
from settings import Department
from storage.audit import AuditAction, record_change, snapshot
from storage.models import Complaint, Contact, Efemeride, Event, Invitation, InvitationStatus

GREETED = "efe-done"
ANSWER = "inv-answer"
ANSWER_CHOICES = ((InvitationStatus.ACCEPTED, "Aceptar"), (InvitationStatus.DECLINED, "Declinar"),
                  (InvitationStatus.DELEGATED, "Delegar"))


# --- button values ---------------------------------------------------------------------------------

def greeted_value(efemeride_id: int, year: int) -> str:
    return f"{GREETED}:{efemeride_id}:{year}"


def parse_greeted_value(value: str) -> tuple[int, int] | None:
    """`efe-done:7:2027` → (7, 2027); anything else → None."""
    prefix, _, rest = value.partition(":")
    number, _, year = rest.partition(":")
    if prefix != GREETED or not number.isdigit() or not year.isdigit():
        return None
    return int(number), int(year)


def answer_value(status: InvitationStatus, invitation_id: int) -> str:
    return f"{ANSWER}:{status.value}:{invitation_id}"


def parse_answer_value(value: str) -> tuple[InvitationStatus, int] | None:
    """`inv-answer:accepted:7` → (ACCEPTED, 7); anything else → None."""
    prefix, _, rest = value.partition(":")
    status, _, number = rest.partition(":")
    if prefix != ANSWER or status not in InvitationStatus.__members__.values() or not number.isdigit():
        return None
    return InvitationStatus(status), int(number)


# --- messages --------------------------------------------------------------------------------------

def efemeride_reminder(efemeride: Efemeride, contact: Contact | None, on: date, today: date) -> Reply:
    """Ahead of the day and on the day: what it is, whom to greet and how, with a button once greeted."""
    when = "Hoy" if on == today else f"En {plural((on - today).days, 'día')} ({day_text(on, today)})"
    lines = [f"Efeméride. {when}: {efemeride.title}"]
    if contact is not None:
        lines += ["Saludar a:", *(f"   {line.strip()}" for line in contact_lines(contact))]
    if efemeride.greeting:
        lines += ["Borrador de saludo:", efemeride.greeting]
    lines.append("Cuando el saludo esté enviado, márquelo con el botón.")
    return Reply("\n".join(lines), choices=(Choice("Saludo enviado", greeted_value(efemeride.id or 0, on.year)),))


def invitation_reminder(ctx: Context, invitation: Invitation, today: date) -> Reply:
    """Once per invitation, when its event is near and nobody has answered yet."""
    urgency = days_left_text(invitation.day, today)
    lines = [f"Invitación sin responder ({urgency}):", invitation_label(invitation, ctx, today),
             "¿Qué responde el alcalde?"]
    choices = tuple(Choice(label, answer_value(status, invitation.id or 0)) for status, label in ANSWER_CHOICES)
    return Reply("\n".join(lines), choices=choices)


def evening_reminder(ctx: Context, event: Event, today: date) -> Reply:
    """The evening before an accepted activity: when and where, so nobody has to look it up."""
    lines = [f"Recordatorio: {event.title}",
             f"Cuándo: {when_text(event.day, event.start_at, event.end_at, ctx.settings.zone, today)}"]
    if event.place:
        lines.append(f"Dónde: {event.place}")
    if event.notes:
        lines.append(event.notes)
    return Reply("\n".join(lines))


def _complaint_line(complaint: Complaint, today: date) -> str:
    line = f"• {complaint.ticket} · {complaint.description}"
    if complaint.address:
        line += f" ({complaint.address})"
    if complaint.due_date is not None and complaint.due_date < today:
        line += f" — vencía {on_day(complaint.due_date, today)}"
    return line


def complaints_digest(department: Department, new: list[Complaint], overdue: list[Complaint],
                      today: date) -> Reply | None:
    """A department's morning list; None when it has nothing new and nothing overdue."""
    if not new and not overdue:
        return None
    lines = [f"Reclamos de {department.name} — {day_text(today)}"]
    if new:
        lines += [f"Nuevos ({len(new)}):", *(_complaint_line(c, today) for c in new)]
    if overdue:
        lines += [f"Vencidos sin cerrar ({len(overdue)}):", *(_complaint_line(c, today) for c in overdue)]
    return Reply("\n".join(lines))


# --- the "Saludo enviado" button -------------------------------------------------------------------

def record_greeting(session: Session, efemeride_id: int, year: int, actor_id: int | None, now: datetime) -> Reply:
    """Mark the efeméride greeted for `year`, so its remaining reminders that year are not sent."""
    efemeride = session.get(Efemeride, efemeride_id)
    if efemeride is None or efemeride.deleted_at is not None:
        return Reply("Esa efeméride ya no existe; no registré nada.")
    if efemeride.greeted_year is not None and efemeride.greeted_year >= year:
        return Reply(f"El saludo de «{efemeride.title}» ya estaba registrado para {year}.")
    before = snapshot(efemeride)
    efemeride.greeted_year = year
    session.add(efemeride)
    record_change(session, actor_id, AuditAction.UPDATE, efemeride, before, now)
    return Reply(f"Saludo de «{efemeride.title}» registrado como enviado ({year}).", stored=True)
