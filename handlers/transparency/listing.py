"""Looking transparency requests up: one by folio or requester with its history, or a list (pending,
por vencer, vencidas, this month's, by unit), each with its deadline said in working days."""

from __future__ import annotations

from datetime import date
from typing import Any

from handlers.context import Context
from handlers.format import day_text, of_day, on_day, plural
from handlers.legal_deadlines import working_days_left
from handlers.pointing import about
from handlers.reference_match import best_matches
from handlers.reply import Reply
from handlers.slot_values import text_slot
from handlers.transparency.find import ALL_STATUSES, WHOLE_FOLIO, WORDS_FILLER, label, request_ref
from handlers.transparency.register import day_of, department_of, unit_text
from handlers.transparency.terms import channel_name, outcome_name, status_name
from handlers.working_days import working_days_after
from storage.legal import CLOSED, OPEN_STATUSES, TransparencyRequest, TransparencyStatus
from storage.queries.legal import request_by_folio, request_steps, requests_listed

LIST_LIMIT = 15
SOON = "por vencer"


def deadline_text(request: TransparencyRequest, today: date) -> str:
    """«vence el lunes 4 de enero (3 días hábiles)», «VENCIDA hace 2 días hábiles», or how it closed."""
    if TransparencyStatus(request.status) in CLOSED:
        return f"{status_name(request.status)} {on_day(request.closed_on or request.due_on, today)}"
    left = working_days_left(today, request.due_on)
    if left < 0:
        return f"VENCIDA hace {plural(-left, 'día hábil', 'días hábiles')} ({day_text(request.due_on, today)})"
    if left == 0:
        return "vence HOY"
    return f"vence {on_day(request.due_on, today)} ({plural(left, 'día hábil', 'días hábiles')})"




def detail(ctx: Context, request: TransparencyRequest) -> Reply:
    today = ctx.today
    lines = [f"Solicitud {request.folio} — {status_name(request.status)}", f"   Pide: {request.subject}",
             f"   Solicitante: {request.requester} · {channel_name(request.channel)}",
             f"   Unidad: {unit_text(ctx, request.department)}",
             f"   Recibida: {day_text(request.received_on, today)} · {deadline_text(request, today)}"]
    if request.extended_on:
        lines.append(f"   Prorrogada: {day_text(request.extended_on, today)}")
    if request.third_parties:
        lines.append(f"   Terceros: {request.third_parties}" + (
            f" · oposición hasta {on_day(request.opposition_until, today)}" if request.opposition_until else ""))
    if request.correction_until and request.status == TransparencyStatus.CORRECTION:
        lines.append(f"   Subsanación hasta {on_day(request.correction_until, today)} (art. 12)")
    if request.derived_to:  # an open one was derived only in part
        part = " en parte" if TransparencyStatus(request.status).is_open else ""
        lines.append(f"   Derivada{part} a: {request.derived_to}")
    if request.outcome:
        lines.append(f"   Respuesta: {outcome_name(request.outcome)}" + (
            f", causal {request.causal}" if request.causal else ""))
    steps = request_steps(ctx.session, request.id or 0)
    if steps:
        lines.append("Historial:")
        lines += [f"   {step.day.strftime('%d/%m')} {status_name(step.status_to)}" + (
            f" — {step.note}" if step.note else "") for step in steps]
    return about(Reply("\n".join(lines)), request_ref(request))


def _line(ctx: Context, request: TransparencyRequest) -> str:
    return f"• {label(request)}\n   {unit_text(ctx, request.department)} · {deadline_text(request, ctx.today)}"


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    chosen = slots.get("request_id")
    request = ctx.session.get(TransparencyRequest, chosen) if isinstance(chosen, int) else None
    if request is not None and request.deleted_at is None:
        return detail(ctx, request)  # a reminder's «Ver solicitud» button
    reference = text_slot(slots, "reference")
    if reference:
        return _by_reference(ctx, reference)
    department = None
    if text_slot(slots, "department"):
        department, problem = department_of(ctx, slots, "")
        if problem:
            return Reply(problem)
    code = department.code if department else None
    found, title = _filtered(ctx, slots, code)
    heading = f"Solicitudes de transparencia {title}" + (f" de {department.name}" if department else "")
    if not found and title == SOON:  # none due within the reminder window: the open ones, with their deadlines
        found = requests_listed(ctx.session, OPEN_STATUSES, code)
        heading = (f"Ninguna vence en los próximos {plural(_soon_days(ctx), 'día hábil', 'días hábiles')}. "
                   f"Solicitudes de transparencia pendientes" + (f" de {department.name}" if department else ""))
    if not found:
        return Reply(f"{heading}: ninguna.")
    shown = found[:LIST_LIMIT]
    more = f" (las {len(shown)} primeras)" if len(found) > len(shown) else ""
    reply = Reply("\n".join([f"{heading}: {len(found)}{more}", *(_line(ctx, r) for r in shown)]))
    refs = [request_ref(r) for r in shown]
    return about(reply, listed=refs)


def _by_reference(ctx: Context, reference: str) -> Reply:
    request = request_by_folio(ctx.session, reference)
    if request is not None:
        return detail(ctx, request)
    if WHOLE_FOLIO.match(reference.strip()):
        return Reply(f"No encuentro la solicitud folio {reference.strip().upper()}.")
    every = requests_listed(ctx.session, ALL_STATUSES)
    found = best_matches(reference, every, lambda r: f"{r.folio} {r.requester} {r.subject}", WORDS_FILLER)
    if not found:
        return Reply(f"No encuentro solicitudes de transparencia de «{reference}».")
    if len(found) == 1:
        return detail(ctx, found[0])
    refs = [request_ref(r) for r in found[:LIST_LIMIT]]
    text = "\n".join([f"Solicitudes de «{reference}»: {len(found)}", *(_line(ctx, r) for r in found[:LIST_LIMIT])])
    return about(Reply(text), listed=refs)


def _soon_days(ctx: Context) -> int:
    """How near a deadline is «por vencer»: the first reminder's working days before it."""
    return max(ctx.settings.legal.reminder_days_before, default=5)


def _filtered(ctx: Context, slots: dict[str, Any], department: str | None) -> tuple[list[TransparencyRequest], str]:
    """The requests a list asks for, and how its heading names them."""
    today = ctx.today
    status = text_slot(slots, "status")
    first, last = day_of(slots.get("date_from")), day_of(slots.get("date_to"))
    if status == "overdue":
        found = [r for r in requests_listed(ctx.session, department=department) if r.due_on < today]
        return found, "vencidas"
    if status == "due_soon" or (slots.get("due") and not first):
        until = working_days_after(today, _soon_days(ctx))
        return requests_listed(ctx.session, department=department, due_from=today, due_to=until), SOON
    if first and slots.get("due"):
        found = requests_listed(ctx.session, department=department, due_from=first, due_to=last or first)
        return found, f"que vencen entre {on_day(first, today)} y {on_day(last or first, today)}"
    if first:
        found = requests_listed(ctx.session, ALL_STATUSES, department, received_from=first, received_to=last or first)
        return found, f"recibidas {of_day(first, today)} al {day_text(last or first, today)}"
    if status == "closed":
        return requests_listed(ctx.session, tuple(CLOSED), department), "cerradas"
    return requests_listed(ctx.session, OPEN_STATUSES, department), "pendientes"


def briefing_section(ctx: Context, day: date) -> str | None:
    """For the mayor's daily briefing: open requests past their deadline, and those due today.

    A missed deadline ends in an amparo before the Consejo para la Transparencia, so it is said every
    morning until the request is answered.
    """
    open_requests = requests_listed(ctx.session)
    overdue = [r for r in open_requests if r.due_on < day]
    today = [r for r in open_requests if r.due_on == day]
    if not overdue and not today:
        return None
    lines = [f"Transparencia: {plural(len(overdue), 'solicitud vencida', 'solicitudes vencidas')}, "
             f"{plural(len(today), 'vence hoy', 'vencen hoy')}"]
    for request in (overdue + today)[:6]:
        lines.append(f"• {request.folio} · {request.requester} · {unit_text(ctx, request.department)} · "
                     f"{deadline_text(request, day)}")
    return "\n".join(lines)
