"""Moving a transparency request along: analysis, extension, derivation, third parties, correction, answer.

Each step is previewed with what it changes (a new deadline above all) and stored after «sí» with an
audit row for the request and one for the step, written by the same input, so «deshacer» takes both
back. The law decides which step may follow which: an extension only once and before the deadline
(art. 14), an opposition only after third parties were notified (art. 20), a correction restarts
the count (art. 12).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handlers.context import Context
from handlers.format import day_text, on_day, plural
from handlers.legal_deadlines import before_receipt, due_day, suspended_due
from handlers.pointing import about
from handlers.reply import Reply, ask, done, propose, refuse
from handlers.slot_values import text_slot
from handlers.transparency.find import find_request, label, request_ref
from handlers.transparency.register import day_of, department_of, unit_text
from handlers.transparency.terms import STEP_HINT, Step, outcome_name, read_key, status_name
from handlers.working_days import working_days_after
from storage.audit import AuditAction, snapshot
from storage.legal import Outcome, TransparencyRequest, TransparencyStatus, TransparencyStep

INTENT = "transparency.update"
OPPOSED_CAUSAL = "art. 20, oposición de terceros"
"""The ground of a denial after third parties opposed in time: the law bars delivering what affects them."""
OUTCOME_QUESTION = "¿Cómo se respondió? entregada, entregada parcialmente, denegada o información inexistente."


@dataclass
class Change:
    """What a step does to a request: new column values and the lines that say so."""

    status: TransparencyStatus
    values: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    note: str | None = None


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    request, reply = find_request(ctx, INTENT, slots)
    if request is None:
        return reply or Reply("No cambié nada.")
    change = _change(ctx, request, slots)
    if isinstance(change, Reply):
        return change
    lines = [f"Solicitud {label(request)}:", *_state_line(request, change), *change.lines]
    return about(propose(INTENT, {**slots, "request_id": request.id}, "\n".join(lines)), request_ref(request))


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    request, reply = find_request(ctx, INTENT, slots)
    if request is None:
        return Reply(reply.text if reply else "No cambié nada.")
    change = _change(ctx, request, slots)
    if isinstance(change, Reply):
        return Reply(change.text)
    before = snapshot(request)
    previous = request.status
    request.status = change.status
    for name, value in change.values.items():
        setattr(request, name, value)
    ctx.store(request, AuditAction.UPDATE, before)
    ctx.store(TransparencyStep(request_id=request.id or 0, day=_day(ctx, slots), at=ctx.now,
                               actor_id=ctx.actor.telegram_id, status_from=previous, status_to=change.status,
                               note=change.note), AuditAction.CREATE)
    moved = f"{status_name(previous)} → {status_name(change.status)}"
    text = f"Solicitud {request.folio}: " + (f"{moved} ({change.note})." if change.note and previous != change.status
                                             else f"{change.note or moved}.")
    if request.status not in (TransparencyStatus.ANSWERED, TransparencyStatus.DERIVED,
                              TransparencyStatus.WITHDRAWN, TransparencyStatus.INADMISSIBLE):
        text += f" Vence {on_day(request.due_on, ctx.today)}."
    return about(done(text), request_ref(request))


def _state_line(request: TransparencyRequest, change: Change) -> list[str]:
    """The state before and after, when the step moves it (a unit assigned leaves it as it was)."""
    if change.status == request.status:
        return []
    return [f"   Estado: {status_name(request.status)} → {status_name(change.status)}"]


def _day(ctx: Context, slots: dict[str, Any]) -> date:
    given = day_of(slots.get("day"))
    return given if given and given <= ctx.today else ctx.today


def _change(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    """The change the step makes, or the reply that asks for what it needs or says why it cannot be."""
    step = read_key(slots.get("step"), Step)
    if step is None:
        return ask(INTENT, {**slots, "request_id": request.id}, "step",
                   f"¿Qué hago con la solicitud {request.folio}? ({STEP_HINT})")
    status = TransparencyStatus(request.status)
    if not status.is_open:
        return Reply(f"La solicitud {request.folio} ya está {status_name(status)}; no cambié nada. "
                     "Si fue un error, «deshacer» revierte su último cambio.")
    early = before_receipt(f"La solicitud {request.folio}", "responderse ni avanzar", day_of(slots.get("day")),
                           request.received_on, ctx.today)
    if early is not None:
        return refuse(early)
    return _STEPS[step](ctx, request, slots)


def _analysis(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    return Change(TransparencyStatus.ANALYSIS, note=text_slot(slots, "note"))


def _extend(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    legal = ctx.settings.legal
    if legal.extension_days == 0:
        return Reply("La configuración no permite prórrogas ([legal] extension_days = 0). No cambié nada.")
    if request.extended_on is not None:
        return Reply(f"La solicitud {request.folio} ya fue prorrogada el {day_text(request.extended_on)}: "
                     "la ley permite una sola prórroga (art. 14). No cambié nada.")
    if ctx.today > request.due_on:
        return Reply(f"El plazo de {request.folio} venció {on_day(request.due_on, ctx.today)}: la prórroga "
                     "debía decidirse y comunicarse antes (art. 14). No cambié nada.")
    if request.status == TransparencyStatus.CORRECTION:
        return Reply(f"La solicitud {request.folio} espera subsanación (art. 12); su plazo aún no corre.")
    due = working_days_after(request.due_on, legal.extension_days)
    return Change(TransparencyStatus.EXTENDED, {"due_on": due, "extended_on": _day(ctx, slots)},
                  [f"   Prórroga de {plural(legal.extension_days, 'día hábil', 'días hábiles')} (art. 14): vencía "
                   f"{on_day(request.due_on, ctx.today)}, ahora vence {on_day(due, ctx.today)}.",
                   "   Recuerde comunicar la prórroga al solicitante antes del vencimiento."],
                  note=text_slot(slots, "note") or "prórroga art. 14")


def _derive(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    body = text_slot(slots, "body")
    if not body:
        return ask(INTENT, {**slots, "request_id": request.id}, "body",
                   "¿A qué organismo se deriva? (art. 13: el competente para responder)")
    if slots.get("partial"):  # the rest is still answered here, within the same deadline
        return Change(TransparencyStatus(request.status), {"derived_to": body},
                      [f"   Derivada en parte a: {body} (art. 13). El resto se responde aquí: sigue pendiente y "
                       f"vence {on_day(request.due_on, ctx.today)}."], note=f"derivada en parte a {body}")
    return Change(TransparencyStatus.DERIVED, {"derived_to": body, "closed_on": _day(ctx, slots)},
                  [f"   Derivada a: {body} (art. 13). Se cierra en este municipio."], note=f"derivada a {body}")


def _notify(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    legal = ctx.settings.legal
    parties = text_slot(slots, "third_parties") or request.third_parties
    if not parties:
        return ask(INTENT, {**slots, "request_id": request.id}, "third_parties",
                   "¿A qué terceros se notifica? (nombres de las personas o empresas afectadas)")
    notified = _day(ctx, slots)
    until = working_days_after(notified, legal.opposition_days)
    limit = working_days_after(request.counted_from, legal.third_party_notice_days)
    lines = [f"   Terceros: {parties}", f"   Notificados {on_day(notified, ctx.today)}; pueden oponerse hasta "
             f"{on_day(until, ctx.today)} ({plural(legal.opposition_days, 'día hábil', 'días hábiles')}, art. 20)."]
    if notified > limit:
        lines.append(f"   Atención: el art. 20 pide notificar dentro de {legal.third_party_notice_days} días "
                     f"hábiles (a más tardar {on_day(limit, ctx.today)}).")
    due = suspended_due(request.due_on, notified, until)
    if due != request.due_on:
        lines.append(f"   El plazo se suspende mientras pueden oponerse: vencía {on_day(request.due_on, ctx.today)}, "
                     f"ahora vence {on_day(due, ctx.today)}.")
    return Change(TransparencyStatus.THIRD_PARTIES, {"third_parties": parties, "notified_on": notified,
                                                     "opposition_until": until, "due_on": due}, lines,
                  note=f"terceros notificados: {parties}")


def _opposition(opposed: bool) -> Any:
    def step(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
        if request.notified_on is None:
            return Reply(f"La solicitud {request.folio} no tiene terceros notificados; no cambié nada.")
        line = ("   Con oposición: no se puede entregar lo que afecta al tercero, salvo que el Consejo para la "
                "Transparencia resuelva lo contrario (art. 20)." if opposed
                else "   Sin oposición: se entiende que el tercero accede a la publicidad (art. 20).")
        return Change(TransparencyStatus.ANALYSIS, {"opposed": opposed}, [line],
                      note="oposición de terceros" if opposed else "terceros sin oposición")
    return step


def _ask_correction(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    days = ctx.settings.legal.correction_days
    until = working_days_after(_day(ctx, slots), days)
    return Change(TransparencyStatus.CORRECTION, {"correction_until": until},
                  [f"   El solicitante tiene hasta {on_day(until, ctx.today)} para subsanar "
                   f"({plural(days, 'día hábil', 'días hábiles')}, art. 12); si no, se tiene por desistida."],
                  note=text_slot(slots, "note") or "pide subsanar (art. 12)")


def _corrected(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    if request.status != TransparencyStatus.CORRECTION:
        return Reply(f"La solicitud {request.folio} no espera subsanación; no cambié nada.")
    day = _day(ctx, slots)
    due = due_day(day, ctx.settings.legal.transparency_days)
    return Change(TransparencyStatus.ANALYSIS, {"counted_from": day, "due_on": due, "correction_until": None},
                  [f"   Subsanada {on_day(day, ctx.today)}: el plazo corre de nuevo y vence "
                   f"{on_day(due, ctx.today)}."], note="subsanada")


def _ask(request: TransparencyRequest, slots: dict[str, Any], slot: str, question: str) -> Reply:
    """A detail the step needs, asked about the request it names: the request was found by a name or a place in a
    list, and the question says which one it took («Solicitud MU…· Esteban Molina · …: ¿cómo se respondió?»)."""
    return about(ask(INTENT, {**slots, "request_id": request.id}, slot, f"Solicitud {label(request)}\n{question}"),
                 request_ref(request))


def _answer(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    outcome = read_key(slots.get("outcome"), Outcome)
    if outcome is None:
        return _ask(request, slots, "outcome", OUTCOME_QUESTION)
    causal = text_slot(slots, "causal") or (OPPOSED_CAUSAL if outcome == Outcome.DENIED and request.opposed else None)
    if outcome in (Outcome.DENIED, Outcome.PARTIAL) and not causal:
        return _ask(request, slots, "causal",
                    "¿Con qué causal del art. 21? (por ejemplo «21 n° 1 letra c, requerimiento genérico»)")
    day = _day(ctx, slots)
    late = day > request.due_on
    lines = [f"   Respuesta: {outcome_name(outcome)}" + (f", causal {causal}" if causal else ""),
             f"   Respondida {on_day(day, ctx.today)}: " + ("FUERA de plazo" if late else "dentro de plazo") +
             f" (vencía {on_day(request.due_on, ctx.today)})."]
    return Change(TransparencyStatus.ANSWERED, {"outcome": outcome, "causal": causal, "closed_on": day}, lines,
                  note=outcome_name(outcome))


def _assign(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
    """The unit that answers it: its state stays, the unit shown before and after."""
    if not text_slot(slots, "department"):
        return ask(INTENT, {**slots, "request_id": request.id}, "department",
                   "¿Qué unidad la responde? (por ejemplo «Obras» o «Secretaría Municipal»)")
    department, problem = department_of(ctx, slots, "")
    if problem or department is None:
        return Reply(problem or "No sé qué unidad es. No cambié nada.")
    return Change(TransparencyStatus(request.status), {"department": department.code},
                  [f"   Unidad que responde: {department.name} (ya estaba así; queda confirmada)"
                   if department.code == request.department else
                   f"   Unidad que responde: {unit_text(ctx, request.department)} → {department.name}"],
                  note=f"asignada a {department.name}")


def _closing(status: TransparencyStatus) -> Any:
    def step(ctx: Context, request: TransparencyRequest, slots: dict[str, Any]) -> Change | Reply:
        return Change(status, {"closed_on": _day(ctx, slots)}, note=text_slot(slots, "note"))
    return step


_STEPS = {
    Step.ANALYSIS: _analysis, Step.EXTEND: _extend, Step.DERIVE: _derive, Step.NOTIFY: _notify,
    Step.OPPOSED: _opposition(True), Step.NOT_OPPOSED: _opposition(False), Step.ASK_CORRECTION: _ask_correction,
    Step.CORRECTED: _corrected, Step.ANSWER: _answer, Step.WITHDRAW: _closing(TransparencyStatus.WITHDRAWN),
    Step.INADMISSIBLE: _closing(TransparencyStatus.INADMISSIBLE), Step.ASSIGN: _assign,
}
