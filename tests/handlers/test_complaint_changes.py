"""Complaints changed in words (another department, a note, a status by pronoun) and found by resident or
street; each change previewed, audited and undone."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from handlers.complaints import complaint_ref
from handlers.reply import PendingKind
from storage.models import Complaint, ComplaintChange
from tests.handlers.changes import audit_rows, focused, stored, undo_last
from tests.handlers.steps import REGISTRY, confirm


def complaint(ctx, number, description, department="aseo", citizen=None, address=None):
    return stored(ctx, Complaint(ticket=f"R-2026-{number:04d}", description=description, department=department,
                                 citizen=citizen, address=address, created_at=ctx.now, due_date=date(2026, 12, 1)))


def test_moved_to_another_department_with_history_audit_and_undo(ctx):
    perros = complaint(ctx, 1, "Perros sueltos en la plaza", "medio_ambiente", "Carmen Gallardo")
    preview = REGISTRY.handle(ctx, "complaint.move", {"ticket": "R-2026-0001", "department": "seguridad"})
    assert "R-2026-0001" in preview.text and "Medio Ambiente" in preview.text and "Seguridad" in preview.text
    assert "El plazo no cambia" in preview.text
    reply = confirm(ctx, preview)
    assert reply.stored and "derivado a" in reply.text
    ctx.session.refresh(perros)
    assert (perros.department, perros.due_date) == ("seguridad", date(2026, 12, 1))
    history = ctx.session.exec(select(ComplaintChange)).one()
    assert history.comment.startswith("Derivado de")
    assert audit_rows(ctx, "complaint")[-1].before["department"] == "medio_ambiente"
    undo_last(ctx)
    ctx.session.refresh(perros)
    assert perros.department == "medio_ambiente"


def test_the_complaint_in_focus_is_moved_by_pronoun(ctx):
    complaint(ctx, 1, "Basura en la esquina")
    hoyo = complaint(ctx, 2, "Hoyo en la vereda", "aseo")
    preview = REGISTRY.handle(focused(ctx, complaint_ref(hoyo)), "complaint.move", {"department": "operaciones"})
    assert "R-2026-0002" in preview.text and "R-2026-0001" not in preview.text


def test_a_status_by_pronoun_changes_the_complaint_just_shown(ctx):
    shown = complaint(ctx, 7, "Microbasural en sitio eriazo")
    detail = REGISTRY.handle(ctx, "complaint.query", {"ticket": "7"})
    assert detail.focus is not None and detail.focus.records[-1].id == shown.id
    chat = focused(ctx, *detail.focus.records)
    preview = REGISTRY.handle(chat, "complaint.update", {"status": "resolved"})
    assert "R-2026-0007" in preview.text and "resuelto" in preview.text.lower()
    confirm(chat, preview)
    ctx.session.refresh(shown)
    assert shown.status == "resolved"


def test_no_ticket_and_nothing_in_focus_is_asked(ctx):
    complaint(ctx, 3, "Luminaria apagada")
    reply = REGISTRY.handle(ctx, "complaint.update", {"status": "resolved"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.ASK and reply.pending.slot == "ticket"


def test_a_note_is_dated_signed_shown_in_the_detail_and_undone(ctx):
    complaint(ctx, 7, "Ruidos molestos de taller")
    preview = REGISTRY.handle(ctx, "complaint.note", {"ticket": "7", "comment": "vecina llamó de nuevo"})
    assert "Nota: vecina llamó de nuevo" in preview.text
    confirm(ctx, preview)
    detail = REGISTRY.handle(ctx, "complaint.query", {"ticket": "7"}).text
    assert "Notas:" in detail and f"{ctx.actor.name}: vecina llamó de nuevo" in detail
    undo_last(ctx)
    assert "vecina llamó" not in REGISTRY.handle(ctx, "complaint.query", {"ticket": "7"}).text


def test_found_by_the_residents_surname_without_accents_and_by_street(ctx):
    complaint(ctx, 1, "Basura acumulada", citizen="Rosa Pizarro Núñez", address="Prat 1234")
    complaint(ctx, 2, "Hoyo en la calzada", citizen="Juan Díaz", address="Avenida Alemania 55")
    complaint(ctx, 3, "Poda de árboles", citizen="Luis Pizarro", address="Pasaje Los Boldos 7")
    by_name = REGISTRY.handle(ctx, "complaint.search", {"citizen": "señora Pizarro"})
    assert "R-2026-0001" in by_name.text and "R-2026-0003" in by_name.text and "R-2026-0002" not in by_name.text
    assert len(by_name.focus.listed) == 2
    by_street = REGISTRY.handle(ctx, "complaint.search", {"address": "calle Prat"})
    assert "R-2026-0001" in by_street.text and "R-2026-0003" not in by_street.text
    assert "R-2026-0001" in REGISTRY.handle(ctx, "complaint.search", {"citizen": "nunez"}).text


def test_a_search_with_no_match_says_so(ctx):
    complaint(ctx, 1, "Basura acumulada", citizen="Rosa Pizarro")
    reply = REGISTRY.handle(ctx, "complaint.search", {"citizen": "Gallardo"})
    assert "No hay reclamos" in reply.text and "Gallardo" in reply.text
