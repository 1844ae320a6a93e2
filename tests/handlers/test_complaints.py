"""Logging, finding and moving complaints through the handlers; tickets and deadlines on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import msgspec
from sqlmodel import Session, select

from handlers.complaints import HANDLERS
from handlers.context import Actor, Context
from handlers.reply import PendingKind
from handlers.working_days import working_days_after
from settings import Role, StaffMember
from storage.models import AuditEntry, Complaint, ComplaintChange
from storage.queries.complaints import new_complaints_since, overdue_complaints
from tests.handlers.steps import propose_and_confirm

FRIDAY_BEFORE_HOLIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("America/Santiago"))


def _log(ctx: Context, **slots):
    return propose_and_confirm(ctx, "complaint.create", slots)


def _move(ctx: Context, **slots):
    return propose_and_confirm(ctx, "complaint.update", slots)


def test_due_date_skips_chilean_holiday_and_weekend():
    # Friday 4 December 2026 + 5 working days: 7, (8 Inmaculada Concepción), 9, 10, 11, (weekend), 14.
    assert working_days_after(date(2026, 12, 4), 5) == date(2026, 12, 14)


def test_due_date_crosses_new_year_skipping_new_years_day():
    assert working_days_after(date(2026, 12, 30), 2) == date(2027, 1, 4)


def test_preview_names_department_and_the_words_that_chose_it(ctx):
    reply = HANDLERS["complaint.create"](ctx, {"description": "Hay basura y un contenedor quemado en la esquina",
                                               "department": "aseo", "citizen": "Rosa Díaz",
                                               "phone": "9 8765 4321", "address": "Los Aromos 123"})
    assert "Departamento: Aseo y Ornato (porque menciona «basura», «contenedor»)" in reply.text
    assert "es de obras" in reply.text
    assert "Plazo: 5 días hábiles, vence el lunes 30 de noviembre" in reply.text
    assert "Tel. +56987654321" in reply.text
    assert ctx.session.exec(select(Complaint)).all() == []


def test_user_can_correct_the_department_by_name(ctx):
    first = HANDLERS["complaint.create"](ctx, {"description": "Vecino construye un segundo piso", "department": "aseo"})
    corrected = HANDLERS["complaint.create"](ctx, {**first.pending.slots, "department": "es de obras"})
    assert "Departamento: Dirección de Obras Municipales" in corrected.text
    assert corrected.pending.slots["department"] == "obras"


def test_unknown_department_is_refused_without_storing(ctx):
    reply = HANDLERS["complaint.create"](ctx, {"description": "Algo pasa", "department": "astronomía"})
    assert reply.pending is None and "No sé a qué departamento" in reply.text


def test_missing_description_is_asked_then_complaint_is_logged_with_ticket_and_due_date(session, admin, settings):
    ctx = Context(session=session, actor=admin, now=FRIDAY_BEFORE_HOLIDAY, settings=settings)
    question = HANDLERS["complaint.create"](ctx, {"citizen": "Pedro Soto"})
    assert question.pending.kind == PendingKind.ASK and question.pending.slot == "description"
    _, reply = _log(ctx, **{**question.pending.slots, "description": "Basura acumulada en el pasaje"})
    assert reply.stored
    assert "R-2026-0001" in reply.text and "lunes 14 de diciembre" in reply.text
    complaint = session.exec(select(Complaint)).one()
    assert (complaint.department, complaint.due_date, complaint.status) == ("aseo", date(2026, 12, 14), "new")
    [change] = session.exec(select(ComplaintChange)).all()
    assert (change.status_from, change.status_to, change.actor_id) == (None, "new", admin.telegram_id)
    assert session.exec(select(AuditEntry).where(AuditEntry.entity == "complaint")).one().action == "create"


def test_complaint_without_routing_words_is_stored_unassigned_with_general_deadline(ctx):
    preview, reply = _log(ctx, description="Quiere felicitar al alcalde")
    assert "sin asignar" in preview.text
    assert "sin departamento asignado" in reply.text
    assert ctx.session.exec(select(Complaint)).one().department is None


def test_tickets_are_numbered_per_year(ctx):
    tickets = [_log(ctx, description=f"Bache número {n}")[1].text.split()[5] for n in range(3)]
    assert tickets == ["R-2026-0001", "R-2026-0002", "R-2026-0003"]


def test_status_change_is_previewed_stored_with_history_and_closes(ctx):
    _log(ctx, description="Perro suelto en la plaza")
    preview, reply = _move(ctx, ticket="1", status="resuelto", comment="Retirado por la cuadrilla")
    assert "nuevo → resuelto" in preview.text and "Retirado por la cuadrilla" in preview.text
    assert "R-2026-0001 actualizado" in reply.text
    complaint = ctx.session.exec(select(Complaint)).one()
    assert complaint.status == "resolved" and complaint.closed_at is not None
    detail = HANDLERS["complaint.query"](ctx, {"ticket": "R-2026-1"}).text
    assert "Reclamo R-2026-0001 — resuelto" in detail
    assert "Paula Jefa de Gabinete: nuevo → resuelto — «Retirado por la cuadrilla»" in detail
    update = ctx.session.exec(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert update.before["status"] == "new" and update.after["status"] == "resolved"


def test_history_names_the_staff_member_who_moved_it_to_someone_else(ctx):
    _log(ctx, description="Bache")
    _move(ctx, ticket="1", status="en curso")
    colleague = Actor(telegram_id=2002, name="Jorge Vera", role=Role.STAFF)
    staffed = replace(ctx, actor=colleague, settings=msgspec.structs.replace(
        ctx.settings, staff=(StaffMember(telegram_id=1001, name="Paula Rojas", role=Role.ADMIN),)))
    detail = HANDLERS["complaint.query"](staffed, {"ticket": "1"}).text
    assert "Paula Rojas: nuevo → en curso" in detail


def test_update_asks_for_missing_status_and_refuses_unknown_ones(ctx):
    _log(ctx, description="Bache en avenida")
    question = HANDLERS["complaint.update"](ctx, {"ticket": "1"})
    assert question.pending.kind == PendingKind.ASK and question.pending.slot == "status"
    unknown = HANDLERS["complaint.update"](ctx, {"ticket": "1", "status": "volando"})
    assert unknown.pending is None and "No reconozco el estado «volando»" in unknown.text
    missing = HANDLERS["complaint.update"](ctx, {"ticket": "99", "status": "resuelto"})
    assert "No encuentro el reclamo «R-2026-0099»" in missing.text


def test_query_by_bare_number_finds_this_years_ticket(ctx):
    _log(ctx, description="Ruidos molestos de fiesta")
    reply = HANDLERS["complaint.query"](ctx, {"ticket": "1"})
    assert "Reclamo R-2026-0001 — nuevo" in reply.text and "Inspección Municipal" in reply.text


def test_default_query_lists_open_complaints_newest_first_with_total(ctx):
    _log(ctx, description="Bache frente al colegio")
    _log(ctx, description="Basura en la feria")
    _move(ctx, ticket="2", status="rechazado")
    _log(ctx, description="Semáforo apagado")
    reply = HANDLERS["complaint.query"](ctx, {})
    assert reply.text.startswith("Reclamos abiertos: 2")
    assert reply.text.index("R-2026-0003") < reply.text.index("R-2026-0001")
    assert "R-2026-0002" not in reply.text


def test_query_by_department_name(ctx):
    _log(ctx, description="Bache en la calle")
    _log(ctx, description="Basura acumulada")
    reply = HANDLERS["complaint.query"](ctx, {"department": "aseo"})
    assert "Reclamos abiertos de Aseo y Ornato: 1" in reply.text and "R-2026-0002" in reply.text


def test_overdue_listing_shows_only_open_complaints_past_their_due_date(ctx):
    _log(ctx, description="Basura en pasaje")          # aseo: 5 working days → 30 November
    _log(ctx, description="Árbol caído en la plaza")   # medio ambiente: 10 working days
    _log(ctx, description="Contenedor roto")
    _move(ctx, ticket="3", status="resuelto")
    later = replace(ctx, now=ctx.now + timedelta(days=9))
    reply = HANDLERS["complaint.query"](later, {"status": "vencidos"})
    assert reply.text.startswith("Reclamos vencidos: 1")
    assert "R-2026-0001" in reply.text and "VENCIDO" in reply.text
    assert [c.ticket for c in overdue_complaints(ctx.session, later.today)] == ["R-2026-0001"]


def test_new_complaints_since_lists_those_logged_after_a_moment(ctx):
    _log(ctx, description="Basura")
    _log(replace(ctx, now=ctx.now + timedelta(hours=2)), description="Bache")
    found = new_complaints_since(ctx.session, ctx.now + timedelta(hours=1))
    assert [c.ticket for c in found] == ["R-2026-0002"]


def test_ticket_and_due_date_are_stored_alike_on_both_databases(engine, admin, settings):
    with Session(engine, expire_on_commit=False) as session:
        ctx = Context(session=session, actor=admin, now=FRIDAY_BEFORE_HOLIDAY, settings=settings)
        _log(ctx, description="Microbasural en sitio eriazo")
        _log(ctx, description="Luminaria apagada")
    with Session(engine) as session:
        stored = session.exec(select(Complaint).order_by(Complaint.id)).all()
        assert [(c.ticket, c.due_date) for c in stored] == [("R-2026-0001", date(2026, 12, 14)),
                                                             ("R-2026-0002", date(2026, 12, 21))]


def test_ambiguous_department_lists_the_candidates(ctx):
    reply = HANDLERS["complaint.create"](ctx, {"description": "Consulta", "department": "administración"})
    assert reply.pending is None
    assert "Puede ser: Administración y Finanzas (DAF), Administración Municipal" in reply.text
