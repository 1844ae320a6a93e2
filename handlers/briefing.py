"""The mayor's daily briefing: today's agenda, invitations to answer, dates to remember, complaints.

Short enough to read on a phone in one screen: a section with nothing to say is left out or
takes one line, and long lists are cut with "y N más". The scheduler calls `compose(ctx, day)`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from handlers.agenda import day_agenda
from handlers.agenda_slots import SlotError, day_slot
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.efemerides import efemerides_between
from handlers.format import day_text
from handlers.invitations import days_left_text, invitation_label, pending_invitations
from handlers.registry import briefing_sections
from handlers.reply import Reply
from storage.models import Complaint, ComplaintStatus
from storage.queries.agenda import cancelled_between

EFEMERIDES_AHEAD = 7
MAX_ITEMS = 6
MAX_DEPARTMENTS = 4
OPEN = (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS)


def _bullets(lines: list[str]) -> list[str]:
    shown = [f"• {line}" for line in lines[:MAX_ITEMS]]
    return shown + ([f"… y {len(lines) - MAX_ITEMS} más"] if len(lines) > MAX_ITEMS else [])


# --- sections ------------------------------------------------------------------------------------

def _agenda(ctx: Context, day: date) -> str:
    """The day's activities, and how many were cancelled: they left the agenda, so the briefing lists them no more
    (their hour would read as a commitment), but says that the day changed."""
    zone = ctx.settings.zone
    lines = [f"• {line}" for line in day_agenda(ctx.session, day, zone)]
    cancelled = len(cancelled_between(ctx.session, day, day))
    if cancelled == 1:
        lines.append("(1 actividad de este día fue cancelada y ya no figura en la agenda.)")
    elif cancelled:
        lines.append(f"({cancelled} actividades de este día fueron canceladas y ya no figuran en la agenda.)")
    if not lines:
        return "Agenda: sin actividades."
    return "\n".join(["Agenda:", *lines])


def _invitations(ctx: Context, day: date) -> str | None:
    """Oldest received first: the one that has waited longest is the most awkward to leave unanswered."""
    pending = sorted(pending_invitations(ctx.session, day), key=lambda i: (i.received_at, i.id or 0))
    if not pending:
        return None
    lines = [f"{invitation_label(i, ctx, day)} — {days_left_text(i.day, day)}" for i in pending]
    return "\n".join([f"Invitaciones por responder ({len(pending)}):", *_bullets(lines)])


def _efemerides(ctx: Context, day: date) -> str | None:
    found = efemerides_between(ctx.session, day, day + timedelta(days=EFEMERIDES_AHEAD))
    if not found:
        return None
    lines = [f"{day_text(when, day).capitalize()}: {efemeride.title}" for when, efemeride in found]
    return "\n".join(["Efemérides:", *_bullets(lines)])


def _by_department(ctx: Context, *conditions: Any) -> list[tuple[str, int]]:
    """Live complaints meeting `conditions`, counted per department name, largest first."""
    query = (select(Complaint.department, func.count())
             .where(col(Complaint.deleted_at).is_(None), *conditions)
             .group_by(Complaint.department))
    counts: dict[str, int] = {}
    for code, count in ctx.session.exec(query):
        department = ctx.settings.department(code)
        name = department.name if department else (code or "Sin departamento")
        counts[name] = counts.get(name, 0) + count
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _counts_text(counts: list[tuple[str, int]]) -> str:
    """`12 (Aseo y Ornato 5, Obras 4, otros 3)`."""
    total = sum(count for _, count in counts)
    parts = [f"{name} {count}" for name, count in counts[:MAX_DEPARTMENTS]]
    rest = sum(count for _, count in counts[MAX_DEPARTMENTS:])
    return f"{total} ({', '.join(parts + ([f'otros {rest}'] if rest else []))})"


def _complaints(ctx: Context, day: date) -> str:
    """Overdue = open past its due date; "new" = created since the previous day's briefing time.

    A briefing asked for later in its own day also counts what arrived since the scheduled one,
    so a complaint logged this morning is never missing from the summary the mayor reads now."""
    is_open = col(Complaint.status).in_(list(OPEN))
    overdue = _by_department(ctx, is_open, col(Complaint.due_date) < day)
    became = _by_department(ctx, is_open, Complaint.due_date == day - timedelta(days=1))
    scheduled = ctx.instant(day, ctx.settings.briefing.time)
    asked_later = day == ctx.today and ctx.now > scheduled
    until = col(Complaint.created_at) <= ctx.now if asked_later else col(Complaint.created_at) < scheduled
    new = _by_department(ctx, col(Complaint.created_at) >= scheduled - timedelta(hours=24), until)
    if not overdue and not new:
        return "Reclamos: ninguno nuevo ni vencido."
    lines = ["Reclamos:"]
    if new:
        lines.append(f"• Nuevos desde el último resumen: {_counts_text(new)}")
    if overdue:
        lines.append(f"• Vencidos sin cerrar: {sum(count for _, count in overdue)}")
    if became:
        lines.append(f"• Vencieron ayer: {_counts_text(became)}")
    return "\n".join(lines)


# --- the briefing --------------------------------------------------------------------------------

def compose(ctx: Context, day: date) -> Reply:
    """The briefing for `day` (relative words such as "hoy" are relative to `day`, not to `ctx.now`)."""
    sections = [f"Resumen del {day_text(day)}", _agenda(ctx, day), _invitations(ctx, day),
                _efemerides(ctx, day), _complaints(ctx, day)]
    sections += [section(ctx, day) for section in briefing_sections()]
    return Reply("\n\n".join(section for section in sections if section))


def handle_request(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Today's briefing, or the one of the day asked ("resumen de mañana")."""
    try:
        day = day_slot(slots.get("date"))
    except SlotError as error:
        return Reply(str(error))
    return compose(ctx, day or ctx.today)


HANDLERS = {"briefing.request": handle_request}
COMMITS: dict[str, Any] = {}
CAPABILITY = Capability(
    "briefing", HANDLERS, COMMITS,
    help=(
        HelpLine("Resumen del día", "resumen diario"),
    ),
)
