"""The text of scheduled messages and what their buttons carry."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from handlers.reminders import (
    answer_value,
    complaints_digest,
    efemeride_reminder,
    invitation_reminder,
    parse_answer_value,
    parse_greeted_value,
    record_greeting,
)
from storage.models import AuditEntry, Complaint, Contact, Efemeride, Invitation, InvitationStatus


def test_efemeride_reminder_names_whom_to_greet_with_phone_and_draft(ctx) -> None:
    contact = Contact(id=4, name="Juan Pérez", treatment="Sr.", role="Gobernador", phone="+56987654321",
                      updated_at=ctx.now)
    efemeride = Efemeride(id=9, title="Cumpleaños del Gobernador", month=11, day_of_month=26,
                          greeting="Estimado Gobernador: reciba un cordial saludo.", created_at=ctx.now)
    reply = efemeride_reminder(efemeride, contact, date(2026, 11, 26), ctx.today)
    assert reply.text.startswith("Efeméride. En 3 días (jueves 26 de noviembre): Cumpleaños del Gobernador")
    assert "Sr. Juan Pérez" in reply.text and "+56987654321" in reply.text
    assert "Estimado Gobernador: reciba un cordial saludo." in reply.text
    assert [(c.label, c.value) for c in reply.choices] == [("Saludo enviado", "efe-done:9:2026")]


def test_efemeride_reminder_on_the_day_says_hoy(ctx) -> None:
    efemeride = Efemeride(id=2, title="Día de la comuna", month=11, day_of_month=23, created_at=ctx.now)
    assert efemeride_reminder(efemeride, None, ctx.today, ctx.today).text.startswith("Efeméride. Hoy: Día de la comuna")


def test_invitation_reminder_offers_the_three_answers(ctx) -> None:
    invitation = Invitation(id=7, title="Cena aniversario", organizer="Rotary Club", day=date(2026, 11, 25),
                            place="Club Social", received_at=ctx.now)
    reply = invitation_reminder(ctx, invitation, ctx.today)
    assert "Invitación sin responder (faltan 2 días)" in reply.text and "N° 7 · Cena aniversario" in reply.text
    assert [c.value for c in reply.choices] == ["inv-answer:accepted:7", "inv-answer:declined:7",
                                                "inv-answer:delegated:7"]


def test_button_values_round_trip_and_reject_anything_else() -> None:
    assert parse_answer_value(answer_value(InvitationStatus.DECLINED, 12)) == (InvitationStatus.DECLINED, 12)
    assert parse_greeted_value("efe-done:3:2027") == (3, 2027)
    for bad in ("efe-done:x:2027", "efe-done:3", "inv-answer:maybe:3", "inv-answer:accepted:", "si", ""):
        assert parse_answer_value(bad) is None and parse_greeted_value(bad) is None


def test_complaints_digest_is_none_when_there_is_nothing_to_say(settings) -> None:
    assert complaints_digest(settings.department("aseo"), [], [], date(2026, 11, 23)) is None


def test_complaints_digest_shows_how_late_an_overdue_complaint_is(settings, ctx) -> None:
    late = Complaint(ticket="R-2026-0007", description="Microbasural", address="Pasaje 3", due_date=date(2026, 11, 20),
                     created_at=ctx.now)
    reply = complaints_digest(settings.department("aseo"), [], [late], ctx.today)
    assert "Vencidos sin cerrar (1)" in reply.text
    assert "R-2026-0007 · Microbasural (Pasaje 3) — vencía el viernes 20 de noviembre" in reply.text


def test_record_greeting_refuses_a_deleted_efemeride_and_writes_nothing(ctx) -> None:
    gone = Efemeride(title="Borrada", month=1, day_of_month=1, created_at=ctx.now, deleted_at=ctx.now)
    ctx.session.add(gone)
    ctx.session.flush()
    reply = record_greeting(ctx.session, gone.id, 2027, ctx.actor.telegram_id, ctx.now)
    assert not reply.stored and "ya no existe" in reply.text
    assert gone.greeted_year is None and ctx.session.exec(select(AuditEntry)).all() == []
