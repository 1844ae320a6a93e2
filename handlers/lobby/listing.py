"""Looking the Lobby register up: audience requests awaiting an answer (with their deadline), the
audiences of a period, one by who asked; and the month's register as Excel."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from handlers.context import Context
from handlers.focus import Ref
from handlers.format import on_day, plural
from handlers.legal_deadlines import working_days_left
from handlers.lobby.audiences import ENTITY, REFERENCE_FILLER, label, register_word, status_name
from handlers.lobby.register import money
from handlers.pointing import about
from handlers.reference_match import best_matches
from handlers.reply import Attachment, Reply
from handlers.slot_values import text_slot
from handlers.transparency.report import month_of, period_name
from settings import Settings
from storage.legal import Audience, AudienceStatus
from storage.queries.legal import audiences_between, audiences_live, audiences_pending, gifts_between, travels_between
from storage.xlsx.lobby_register import lobby_workbook

LIST_LIMIT = 15


def _answer_text(audience: Audience, ctx: Context, today: date | None = None) -> str:
    today = today or ctx.today
    left = working_days_left(today, audience.due_on)
    if left < 0:
        return f"respuesta VENCIDA {on_day(audience.due_on, today)}"
    return "responder HOY" if left == 0 else f"responder a más tardar {on_day(audience.due_on, today)}"


def _line(ctx: Context, audience: Audience) -> str:
    if audience.status == AudienceStatus.REQUESTED:
        state = _answer_text(audience, ctx)
    elif audience.held_on:
        state = f"realizada {on_day(audience.held_on, ctx.today)}"
    else:
        state = status_name(audience.status)
    return f"• {label(audience)}\n   {state}"


def _listed(ctx: Context, heading: str, found: list[Audience]) -> Reply:
    if not found:
        return Reply(f"{heading}: ninguna.")
    shown = found[:LIST_LIMIT]
    reply = Reply("\n".join([f"{heading}: {len(found)}", *(_line(ctx, a) for a in shown)]))
    return about(reply, listed=[Ref(ENTITY, a.id or 0, label(a)) for a in shown])


LISTED_STATUS = {"pending": AudienceStatus.REQUESTED, "accepted": AudienceStatus.ACCEPTED,
                 "declined": AudienceStatus.DECLINED, "held": AudienceStatus.HELD}
"""A status a list asks for («¿y los pendientes?», «¿y las rechazadas?»), by the names of the lexicon's
audience status words (`[audience_statuses]`)."""


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    reference = text_slot(slots, "reference")
    if reference:
        found = best_matches(reference, audiences_live(ctx.session), label, REFERENCE_FILLER)
        return _listed(ctx, f"Audiencias de «{reference}»", found)
    status = LISTED_STATUS.get(text_slot(slots, "status") or "")
    if status is not None and status != AudienceStatus.REQUESTED:
        chosen = [a for a in audiences_live(ctx.session) if a.status == status]
        return _listed(ctx, f"Solicitudes de audiencia {status_name(status).lower()}s", chosen)
    if slots.get("date_from") and status is None:
        first, last = month_of(slots, ctx.today)
        audiences = audiences_between(ctx.session, first, last)
        trips, gifts = travels_between(ctx.session, first, last), gifts_between(ctx.session, first, last)
        reply = _listed(ctx, f"Registro de lobby {period_name(first, last)}: audiencias", audiences)
        extra = [f"Viajes: {len(trips)}", *(f"• {t.destination} ({money(t.cost)})" for t in trips[:5]),
                 f"Donativos: {len(gifts)}", *(f"• {g.what}, de {g.donor}" for g in gifts[:5])]
        return Reply("\n".join([reply.text, *extra]), focus=reply.focus)
    return _listed(ctx, "Solicitudes de audiencia por responder", audiences_pending(ctx.session))


def register_file(session: Session, settings: Settings, first: date, last: date) -> tuple[str, bytes, int]:
    """(file name, .xlsx bytes, entries): what the chat attaches and `gabinete legal-report lobby` writes."""
    content, rows = lobby_workbook(session, settings, first, last, register_word)
    return f"lobby-{first.isoformat()}-{last.isoformat()}.xlsx", content, rows


def export(ctx: Context, slots: dict[str, Any]) -> Reply:
    first, last = month_of(slots, ctx.today)
    filename, content, rows = register_file(ctx.session, ctx.settings, first, last)
    period = period_name(first, last)
    return Reply(f"Registro de lobby {period}: {plural(rows, 'registro')} en {filename}.",
                 attachments=(Attachment(filename, content, f"Lobby {period}"),))


def briefing_section(ctx: Context, day: date) -> str | None:
    """For the mayor's daily briefing: audience requests past their answer day or due today, unanswered.

    A request left unanswered is a breach the Lobby register shows, so it is said until it is answered.
    """
    due = [a for a in audiences_pending(ctx.session) if a.due_on <= day]
    if not due:
        return None
    late = sum(a.due_on < day for a in due)
    lines = [f"Lobby: {plural(len(due), 'audiencia', 'audiencias')} por responder "
             f"({plural(late, 'vencida', 'vencidas')})"]
    lines += [f"• {label(a)} — {_answer_text(a, ctx, day)}" for a in due[:6]]
    return "\n".join(lines)
