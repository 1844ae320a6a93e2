"""Residents' complaints: log one with a ticket and a deadline, look them up, move them along.

The deadline is the department's `due_days` counted in working days (weekends and Chilean holidays
excluded). The preview names the department and the words that chose it, so a wrong routing is
caught before anything is stored; every status step is kept as a `ComplaintChange`.
"""

from __future__ import annotations

from typing import Any

from handlers import complaint_terms as terms
from handlers import reference_match
from handlers.capability import Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, on_day, plural
from handlers.pointing import about, point
from handlers.reply import Reply, ask, choose, done, propose
from handlers.slot_values import text_slot
from handlers.working_days import working_days_after
from settings import DEFAULT_DUE_DAYS, Department
from storage.audit import AuditAction, snapshot
from storage.models import Complaint, ComplaintChange, ComplaintStatus, StaffMemberRecord
from storage.queries.complaints import (
    OPEN,
    complaint_by_ticket,
    complaint_history,
    complaints_about,
    complaints_listed,
)
from storage.queries.contacts import normalize_phone, valid_email
from storage.tickets import next_ticket, parse_ticket

LIST_LIMIT = 15
VAGUE_QUESTION = "¿Qué pasó? Cuénteme el problema del vecino: qué ocurre y desde cuándo."
CHANGE_HINT = "Si el departamento no corresponde, escriba cuál es, por ejemplo «es de obras»."


def complaint_ref(complaint: Complaint) -> Ref:
    """The complaint as the conversation remembers it: its ticket and what it is about ("ciérralo")."""
    return Ref("complaint", complaint.id or 0, f"{complaint.ticket} {complaint.description} {complaint.citizen or ''} "
               f"{complaint.address or ''}".strip())


# --- create ------------------------------------------------------------------------------------

def _department(ctx: Context, slots: dict[str, Any], description: str) -> tuple[Department | None, str | None]:
    """The department named in the slots (code or name), else routed by the description's words;
    or the Spanish reason the named one is not understood."""
    given = text_slot(slots, "department")
    if not given:
        return terms.route(ctx.settings, description), None
    return named_department(ctx, given)


def named_department(ctx: Context, given: str) -> tuple[Department | None, str | None]:
    """The one department a name, code or acronym means, or the Spanish reason it is not understood."""
    matches = terms.resolve_departments(ctx.settings, given)
    if len(matches) == 1:
        return matches[0], None
    names = ", ".join(d.name for d in matches) or ", ".join(d.code for d in ctx.settings.departments)
    return None, f"No sé a qué departamento se refiere con «{given}». Puede ser: {names}."


def _department_line(department: Department | None, description: str) -> str:
    if department is None:
        return f"Departamento: sin asignar (nada en el texto lo indica); plazo general de {DEFAULT_DUE_DAYS} días."
    words = terms.routing_words(department, description)
    why = f" (porque menciona {', '.join(f'«{w}»' for w in words)})" if words else ""
    return f"Departamento: {department.name}{why}."


def _checked(ctx: Context, slots: dict[str, Any]) -> tuple[dict[str, Any], Department | None, str | None]:
    """The complaint's values cleaned (phone normalised, department resolved), or why they are refused."""
    description = text_slot(slots, "description") or ""
    department, problem = _department(ctx, slots, description)
    values = {"description": description, "citizen": text_slot(slots, "citizen"),
              "address": text_slot(slots, "address"), "phone": None, "email": text_slot(slots, "email")}
    phone = text_slot(slots, "phone")
    if phone:
        values["phone"] = normalize_phone(phone)
        if values["phone"] is None:
            problem = f"El teléfono «{phone}» no parece válido (ejemplo: +56 9 8765 4321). No guardé nada."
    if values["email"] and not valid_email(values["email"]):
        problem = f"El correo «{values['email']}» no parece válido (ejemplo: vecina@gmail.com). No guardé nada."
    return values, department, problem


def resident_line(complaint: Complaint | dict[str, Any]) -> str | None:
    """«Vecino/a: Pedro Soto · Tel. +56912345678 · psoto@hotmail.com»: who to answer and how, as a preview and the
    complaint's detail show it; None when the complaint keeps none of it."""
    said = complaint if isinstance(complaint, dict) else {
        slot: getattr(complaint, slot) for slot in ("citizen", "phone", "email")}
    phone = said.get("phone")
    who = " · ".join(part for part in (said.get("citizen"), phone and f"Tel. {phone}", said.get("email")) if part)
    return f"   Vecino/a: {who}" if who else None


def create(ctx: Context, slots: dict[str, Any]) -> Reply:
    if not text_slot(slots, "description"):
        return ask("complaint.create", slots, "description", "¿Cuál es el reclamo o la solicitud del vecino?")
    values, department, problem = _checked(ctx, slots)
    if problem:
        return Reply(problem)
    if terms.vague(values["description"], values["citizen"], values["address"]):
        kept = {name: value for name, value in slots.items() if name != "description"}
        return ask("complaint.create", kept, "description", VAGUE_QUESTION)
    days = department.due_days if department else DEFAULT_DUE_DAYS
    due = working_days_after(ctx.today, days)
    lines = ["Nuevo reclamo:", f"   {values['description']}"]
    who = resident_line(values)
    lines += [who] if who else []
    lines += [f"   Dirección: {values['address']}"] if values["address"] else []
    lines += [_department_line(department, values["description"]),
              f"Plazo: {plural(days, 'día hábil', 'días hábiles')}, vence {on_day(due, ctx.today)}.",
              CHANGE_HINT]
    return propose("complaint.create", {**slots, "department": department.code if department else None},
                   "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, department, problem = _checked(ctx, slots)
    if problem or not values["description"]:
        return Reply(problem or "Falta la descripción del reclamo; no guardé nada.")
    due = working_days_after(ctx.today, department.due_days if department else DEFAULT_DUE_DAYS)
    complaint = Complaint(ticket=next_ticket(ctx.session, ctx.today.year), due_date=due, created_at=ctx.now,
                          created_by=ctx.actor.telegram_id, department=department.code if department else None,
                          status=ComplaintStatus.NEW, **values)
    ctx.store(complaint, AuditAction.CREATE)  # flushes: the complaint has its id below
    ctx.session.add(ComplaintChange(complaint_id=complaint.id, at=ctx.now, actor_id=ctx.actor.telegram_id,
                                    status_to=ComplaintStatus.NEW))
    where = department.name if department else "sin departamento asignado"
    what = (f"{complaint.citizen}: " if complaint.citizen else "") + complaint.description.rstrip(". ")
    return about(done(f"Reclamo guardado con el ticket {complaint.ticket} ({where}).\n"
                      f"{what}. Vence {on_day(due, ctx.today)}."), complaint_ref(complaint))


# --- query -------------------------------------------------------------------------------------

def _actor_name(ctx: Context, actor_id: int | None) -> str:
    """The person asking, else staff from the config file, else those authorised at run time (/autorizar)."""
    if actor_id is None:
        return "sistema"
    if actor_id == ctx.actor.telegram_id:
        return ctx.actor.name
    member = ctx.settings.staff_member(actor_id) or ctx.session.get(StaffMemberRecord, actor_id)
    return member.name if member else f"usuario {actor_id}"


def _due_text(complaint: Complaint, ctx: Context) -> str:
    if complaint.due_date is None:
        return "sin plazo"
    late = complaint.status in OPEN and complaint.due_date < ctx.today
    return f"{'VENCIDO, vencía' if late else 'vence'} {on_day(complaint.due_date, ctx.today)}"


def department_name(ctx: Context, code: str | None) -> str:
    department = ctx.settings.department(code)
    return department.name if department else (code or "sin departamento")


def detail(ctx: Context, complaint: Complaint) -> Reply:
    """The complaint whole: what, who and how to reach them, where, whose, its due date, its history and notes."""
    received = ctx.local(complaint.created_at)
    lines = [f"Reclamo {complaint.ticket} — {terms.status_name(complaint.status)}",
             f"   {complaint.description}"]
    who = resident_line(complaint)
    lines += [who] if who else []
    lines += [f"   Dirección: {complaint.address}"] if complaint.address else []
    lines += [f"   Departamento: {department_name(ctx, complaint.department)}",
              f"   Recibido: {day_text(received.date(), ctx.today)} · {_due_text(complaint, ctx)}", "Historial:"]
    for change in complaint_history(ctx.session, complaint.id or 0):
        moment = ctx.local(change.at).strftime("%d/%m %H:%M")
        step = terms.status_name(change.status_to)
        if change.status_from and change.status_from != change.status_to:
            step = f"{terms.status_name(change.status_from)} → {step}"
        comment = f" — «{change.comment}»" if change.comment else ""
        lines.append(f"   {moment} {_actor_name(ctx, change.actor_id)}: {step}{comment}")
    if complaint.notes:
        lines += ["Notas:", *(f"   {note}" for note in complaint.notes.splitlines())]
    return about(Reply("\n".join(lines)), complaint_ref(complaint))


def list_line(ctx: Context, complaint: Complaint) -> str:
    """One complaint in a list: ticket, status, department, due date, then who complained and about what, as the
    saved message tells it («Gladys Painemal: microbasural…»): whoever answers a list calls a resident by name."""
    short = complaint.description if len(complaint.description) <= 60 else complaint.description[:57] + "…"
    who = f"{complaint.citizen}: " if complaint.citizen else ""
    return (f"• {complaint.ticket} · {terms.status_name(complaint.status)} · "
            f"{department_name(ctx, complaint.department)} · {_due_text(complaint, ctx)}\n   {who}{short}")


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    ticket_text = text_slot(slots, "ticket")
    if ticket_text:
        ticket = parse_ticket(ticket_text, ctx.today.year)
        complaint = complaint_by_ticket(ctx.session, ticket) if ticket else None
        if complaint is None:
            return Reply(f"No encuentro el reclamo «{ticket or ticket_text}» (ejemplo: R-{ctx.today.year}-0015 o 15).")
        return detail(ctx, complaint)
    department = None
    if text_slot(slots, "department"):
        matches = terms.resolve_departments(ctx.settings, text_slot(slots, "department"))
        if len(matches) != 1:
            return Reply(f"No sé a qué departamento se refiere con «{text_slot(slots, 'department')}».")
        department = matches[0]
    wanted = terms.status_filter(text_slot(slots, "status")) or terms.PENDING
    statuses, title = {terms.PENDING: (OPEN, "abiertos"), terms.OVERDUE: (OPEN, "vencidos"),
                       terms.CLOSED: ((ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED), "cerrados")}.get(
        wanted, ((wanted,), f"en estado «{terms.status_name(wanted)}»"))
    found, total = complaints_listed(ctx.session, statuses, department.code if department else None,
                                     ctx.today if wanted == terms.OVERDUE else None, LIST_LIMIT)
    heading = f"Reclamos {title}" + (f" de {department.name}" if department else "")
    if not total:
        return about(Reply(f"{heading}: ninguno."), listed=())
    shown = f" (los {len(found)} más recientes)" if total > len(found) else ""
    return about(Reply("\n".join([f"{heading}: {total}{shown}", *(list_line(ctx, c) for c in found)])),
                 *([complaint_ref(found[0])] if len(found) == 1 else []), listed=[complaint_ref(c) for c in found])


# --- update ------------------------------------------------------------------------------------

def _target(ctx: Context, slots: dict[str, Any]) -> tuple[Complaint | None, ComplaintStatus | None, Reply | None]:
    """The complaint and new status the slots name, or the reply that asks or explains what is wrong."""
    complaint = target_complaint(ctx, "complaint.update", slots)
    if isinstance(complaint, Reply):
        return None, None, complaint
    status_text = text_slot(slots, "status")
    if not status_text:
        return complaint, None, ask("complaint.update", slots, "status",
                                    f"¿A qué estado paso {complaint.ticket}? (en curso, resuelto, rechazado)")
    status = terms.status_to_set(status_text)
    if status is None:
        return complaint, None, Reply(f"No reconozco el estado «{status_text}». "
                                      "Use: nuevo, en curso, resuelto o rechazado. No cambié nada.")
    if status == complaint.status and not text_slot(slots, "comment"):
        return complaint, None, Reply(f"El reclamo {complaint.ticket} ya está {terms.status_name(status)}.")
    return complaint, status, None


OWNED_LISTED = 5
"""How many of a resident's (or a street's) complaints are offered to pick from when the words name several."""


def _owned_or_placed(ctx: Context, reference: str) -> list[Complaint]:
    """The live complaints whose place or resident the words name («la de Dichato», «el de la señora Barrientos»):
    the one, or those to pick from, never one of several picked silently. Words that name nothing («el de los ruidos
    del taller») are left out; a place is looked for in the description too, so the problem's words find it."""
    reference = " ".join(reference_match.words(reference)) or reference
    for citizen, address in ((None, reference), (reference, None)):
        found, _ = complaints_about(ctx.session, citizen, address, OWNED_LISTED)
        if found:
            return found
    return []


def _still_to_change(owned: list[Complaint], slots: dict[str, Any]) -> list[Complaint]:
    """Of a resident's (or a place's) complaints, those a change can still be meant for: the open ones, when some are
    (a new phone, a note, a move or a closing is for the case still in hand, not for one settled long ago); the
    closed ones, when the change reopens one. The others are asked about only when these are several or none."""
    status = terms.status_to_set(text_slot(slots, "status") or "")
    reopens = status is not None and status.is_open
    kept = [complaint for complaint in owned if ComplaintStatus(complaint.status).is_open != reopens]
    return kept or owned


def target_complaint(ctx: Context, intent: str, slots: dict[str, Any]) -> Complaint | Reply:
    """The complaint meant: by its ticket or number, else the one the chat is about ("ciérralo", "el segundo")."""
    ticket_text = text_slot(slots, "ticket")
    if not ticket_text:
        reference = text_slot(slots, "reference")
        pointed = point(ctx.focus, "complaint", reference)
        complaint = ctx.session.get(Complaint, pointed[0].id) if pointed and len(pointed) == 1 else None
        if pointed and len(pointed) > 1:
            return _which(ctx, intent, slots, pointed)
        if complaint is None and reference and pointed is None:
            owned = _still_to_change(_owned_or_placed(ctx, reference), slots)
            if len(owned) > 1:
                return _which(ctx, intent, slots, tuple(complaint_ref(c) for c in owned))
            complaint = owned[0] if owned else None
        if complaint is not None and complaint.deleted_at is None:
            return complaint
        return ask(intent, slots, "ticket", "¿Qué reclamo? (ticket, por ejemplo R-2026-0015)")
    ticket = parse_ticket(ticket_text, ctx.today.year)
    complaint = complaint_by_ticket(ctx.session, ticket) if ticket else None
    if complaint is None:
        return Reply(f"No encuentro el reclamo «{ticket or ticket_text}». No cambié nada.")
    return complaint


def _which(ctx: Context, intent: str, slots: dict[str, Any], pointed: tuple[Ref, ...]) -> Reply:
    """«ese, derívalo» right after a list of several: the live ones it may mean, to pick by number or ticket."""
    found = [c for ref in pointed if (c := ctx.session.get(Complaint, ref.id)) is not None and c.deleted_at is None]
    options = [(f"{c.ticket} · {c.description[:50]}" + (f" ({c.citizen})" if c.citizen else ""), {"ticket": c.ticket})
               for c in found]
    return about(choose(intent, slots, "¿Cuál de estos reclamos?", options), listed=[complaint_ref(c) for c in found])


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint, status, problem = _target(ctx, slots)
    if problem or complaint is None or status is None:
        if problem and complaint:
            return about(problem, complaint_ref(complaint))
        return problem or Reply("No cambié nada.")
    lines = [f"Reclamo {complaint.ticket} ({department_name(ctx, complaint.department)}):",
             f"   {complaint.description}",
             f"   Estado: {terms.status_name(complaint.status)} → {terms.status_name(status)}"]
    comment = text_slot(slots, "comment")
    lines += [f"   Comentario: {comment}"] if comment else []
    return about(propose("complaint.update", {**slots, "ticket": complaint.ticket, "status": status.value},
                         "\n".join(lines)), complaint_ref(complaint))


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint, status, problem = _target(ctx, slots)
    if problem or complaint is None or status is None:
        return Reply(problem.text if problem else "No cambié nada.")
    before = snapshot(complaint)
    previous = complaint.status
    complaint.status = status
    complaint.closed_at = None if status.is_open else ctx.now
    ctx.store(complaint, AuditAction.UPDATE, before)
    ctx.session.add(ComplaintChange(complaint_id=complaint.id, at=ctx.now, actor_id=ctx.actor.telegram_id,
                                    status_from=previous, status_to=status, comment=text_slot(slots, "comment")))
    return about(done(f"Reclamo {complaint.ticket} actualizado: "
                      f"{terms.status_name(previous)} → {terms.status_name(status)}."), complaint_ref(complaint))


HANDLERS = {"complaint.create": create, "complaint.query": query, "complaint.update": update}
COMMITS = {"complaint.create": commit_create, "complaint.update": commit_update}
CAPABILITY = Capability(
    "complaints", HANDLERS, COMMITS,
    help=(
        HelpLine("Reclamos de vecinos", "reclamo de la vecina Rosa Muñoz por basura en Prat 1234 / estado reclamo 15"),
    ),
    acts_on={"complaint.update": "complaint"},
    follow_ups={"complaint.query": FollowUp(department=("department",), status=("status",))},
    shown_by={"complaint": ("complaint.query", "ticket")},
)
