"""The monthly transparency report as an Excel attachment, for the chat and the CLI alike."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import Any

from sqlmodel import Session

from handlers.context import Context
from handlers.format import MONTHS, day_text, plural
from handlers.legal_deadlines import working_days_taken
from handlers.reply import Attachment, Reply
from handlers.transparency.register import day_of
from handlers.transparency.terms import channel_name, outcome_name, status_name
from settings import Settings
from storage.xlsx.transparency_report import Words, transparency_workbook

WORDS = Words(status=status_name, outcome=outcome_name, channel=channel_name, taken=working_days_taken)


def month_of(slots: dict[str, Any], today: date) -> tuple[date, date]:
    """The period asked for; a single month named («de noviembre») or, without one, the current month."""
    first, last = day_of(slots.get("date_from")), day_of(slots.get("date_to"))
    if first is None:
        first = today.replace(day=1)
        last = first.replace(day=monthrange(first.year, first.month)[1])
    return first, last or first


def period_name(first: date, last: date) -> str:
    """The period as a reply says it, with its preposition: «de marzo 2027», «del lunes 15 de marzo al domingo 21 de
    marzo» (ISO dates are for file names)."""
    if first.day == 1 and last == first.replace(day=monthrange(first.year, first.month)[1]):
        return f"de {MONTHS[first.month - 1]} {first.year}"
    return f"del {day_text(first)} al {day_text(last)}"


def report_file(session: Session, settings: Settings, first: date, last: date, today: date) -> tuple[str, bytes, int]:
    """(file name, .xlsx bytes, rows): what the chat attaches and `gabinete legal-report` writes."""
    content, rows = transparency_workbook(session, settings, first, last, today, WORDS)
    return f"transparencia-{first.isoformat()}-{last.isoformat()}.xlsx", content, rows


def export(ctx: Context, slots: dict[str, Any]) -> Reply:
    first, last = month_of(slots, ctx.today)
    if first > last:
        return Reply("La fecha de inicio es posterior a la de término: revise el período.")
    filename, content, rows = report_file(ctx.session, ctx.settings, first, last, ctx.today)
    period = period_name(first, last)
    text = f"Solicitudes de transparencia {period}: {plural(rows, 'solicitud', 'solicitudes')} en {filename}."
    return Reply(text, attachments=(Attachment(filename, content, f"Transparencia {period}"),))
