"""Registering a transparency request: folio, requester, date received, channel, what is asked, the unit.

The preview states the deadline the law gives (the 20th working day after receipt, Ley 20.285 art.
14) and, when third parties are named, the last day to notify them (art. 20), so a wrong date or
unit is caught before anything is stored.
"""

from __future__ import annotations

import re
from typing import Any

from handlers import complaint_terms
from handlers.context import Context
from handlers.format import day_text, on_day, plural
from handlers.legal_deadlines import due_day, receipt_day
from handlers.pointing import about
from handlers.reply import Reply, done, propose
from handlers.slot_values import day_of, required_texts, text_slot
from handlers.transparency.find import request_ref
from handlers.transparency.terms import channel_name, read_key
from handlers.working_days import working_days_after
from settings import Department
from storage.audit import AuditAction
from storage.legal import Channel, TransparencyRequest, TransparencyStatus, TransparencyStep
from storage.queries.legal import last_folio_number, request_by_folio
from storage.xlsx.labels import UNASSIGNED

INTENT = "transparency.create"
FOLIO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/]{2,39}$")
OUR_PREFIX = "SAI"
"""Our own folio when the request came outside the Portal: SAI-<year>-<sequence> (solicitud de acceso)."""


def department_of(ctx: Context, slots: dict[str, Any], text: str) -> tuple[Department | None, str | None]:
    """The unit named (code or name), else the one the request's words route to; or why the name is unknown."""
    given = text_slot(slots, "department")
    if not given:
        return complaint_terms.route(ctx.settings, text), None
    matches = complaint_terms.resolve_departments(ctx.settings, given)
    if len(matches) == 1:
        return matches[0], None
    codes = ", ".join(d.code for d in ctx.settings.departments)
    return None, f"No sé qué unidad es «{given}». Indique una de: {codes}."


def unit_text(ctx: Context, code: str | None) -> str:
    """The unit's name, or «sin asignar» (as in the Excel report): a request whose words route nowhere is stored
    without one rather than blocked by a question, since the law's clock runs from receipt."""
    department = ctx.settings.department(code) if code else None
    return department.name if department else (code or UNASSIGNED.lower())


def _checked(ctx: Context, slots: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    """The request's values, or the reply that asks for what is missing or says what is wrong."""
    texts, question = required_texts(INTENT, slots, {"subject": "¿Qué información pide la solicitud?",
                                                     "requester": "¿Quién la pide? (nombre del solicitante)"})
    if question:
        return None, question
    subject, requester = texts["subject"], texts["requester"]
    department, problem = department_of(ctx, slots, subject)
    if problem:
        return None, Reply(problem)
    received = day_of(slots.get("received")) or ctx.today
    if received > ctx.today:
        return None, Reply(f"La fecha de recepción ({day_text(received)}) es futura; no guardé nada.")
    folio = text_slot(slots, "folio")
    if folio and not FOLIO.match(folio):
        return None, Reply(f"El folio «{folio}» no parece válido (ejemplo: MU042T0000815). No guardé nada.")
    if folio and request_by_folio(ctx.session, folio):
        return None, Reply(f"La solicitud {folio.upper()} ya está registrada; consulte «solicitud {folio.upper()}».",
                           already=True)
    channel = read_key(slots.get("channel"), Channel) or (Channel.PORTAL if folio else Channel.IN_PERSON)
    values = {"folio": folio.upper() if folio else None, "requester": requester, "subject": subject,
              "department": department.code if department else None, "channel": channel, "received_on": received,
              "third_parties": text_slot(slots, "third_parties")}
    return values, None


def create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = _checked(ctx, slots)
    if problem or values is None:
        return problem or Reply("No guardé nada.")
    legal = ctx.settings.legal
    received = values["received_on"]
    due = due_day(received, legal.transparency_days)
    lines = [f"Nueva solicitud de transparencia {values['folio'] or '(folio propio al guardar)'}:",
             f"   Pide: {values['subject']}", f"   Solicitante: {values['requester']}",
             f"   Canal: {channel_name(values['channel'])}",
             f"   Unidad que responde: {unit_text(ctx, values['department'])}"
             + ("" if values["department"] else " (diga «es de obras», por ejemplo)")]
    if receipt_day(received) != received:
        lines.append(f"Recibida: {day_text(received, ctx.today)}, día inhábil; cuenta como recibida "
                     f"{on_day(receipt_day(received), ctx.today)}.")
    else:
        lines.append(f"Recibida: {day_text(received, ctx.today)}.")
    lines.append(f"Plazo: {plural(legal.transparency_days, 'día hábil', 'días hábiles')} (art. 14 Ley 20.285), "
                 f"vence {on_day(due, ctx.today)}.")
    if values["third_parties"]:
        notice = working_days_after(receipt_day(received), legal.third_party_notice_days)
        lines.append(f"Terceros: {values['third_parties']}; notificarlos a más tardar "
                     f"{on_day(notice, ctx.today)} (art. 20).")
    return propose(INTENT, {**slots, "department": values["department"], "channel": values["channel"],
                            "received": received}, "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = _checked(ctx, slots)
    if problem or values is None:
        return Reply(problem.text if problem else "No guardé nada.")
    request = store_request(ctx, values, f"por {channel_name(values['channel'])}")
    reply = done(f"Solicitud {request.folio} guardada ({request.requester}). "
                 f"Vence {on_day(request.due_on, ctx.today)}.")
    return about(reply, request_ref(request))


def store_request(ctx: Context, values: dict[str, Any], note: str) -> TransparencyRequest:
    """A new request with its legal deadline and its first step, each with an audit row (chat and import)."""
    received = values["received_on"]
    folio = values["folio"] or our_folio(ctx, received.year)
    request = TransparencyRequest(
        **{**values, "folio": folio}, counted_from=receipt_day(received),
        due_on=due_day(received, ctx.settings.legal.transparency_days), status=TransparencyStatus.RECEIVED,
        created_at=ctx.now, created_by=ctx.actor.telegram_id)
    ctx.store(request, AuditAction.CREATE)
    ctx.store(TransparencyStep(request_id=request.id or 0, day=ctx.today, at=ctx.now, actor_id=ctx.actor.telegram_id,
                               status_to=TransparencyStatus.RECEIVED, note=note), AuditAction.CREATE)
    return request


def our_folio(ctx: Context, year: int) -> str:
    prefix = f"{OUR_PREFIX}-{year}-"
    return f"{prefix}{last_folio_number(ctx.session, prefix) + 1:04d}"
