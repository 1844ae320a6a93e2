"""Efemérides, invitations, evening-before and complaint messages go on the right days, to the right chats."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from msgspec.structs import replace
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from handlers.reply import Reply
from scheduler.actions import invitation_answer, mark_greeted
from scheduler.plan import RunName
from scheduler.runner import Runner
from storage.database import transaction
from storage.models import (
    AuditEntry,
    Complaint,
    ComplaintStatus,
    Contact,
    Efemeride,
    Event,
    Invitation,
    InvitationStatus,
)

SANTIAGO = ZoneInfo("America/Santiago")
CREATED = datetime(2026, 1, 1, 12, 0, tzinfo=SANTIAGO)


def add(engine: Engine, *records: object) -> list:
    with transaction(engine) as session:
        session.add_all(records)
        session.flush()
    return list(records)


def sent_on(engine: Engine, settings, day: date, run: RunName, sender) -> list[tuple[int, Reply]]:
    """Run `run` at its time on `day` with a fresh clock; what it sent that time."""
    at = {RunName.REMINDERS: (7, 30), RunName.EVENING: (19, 0), RunName.COMPLAINTS: (8, 30)}[run]
    before = len(sender.sent)

    def clock() -> datetime:
        return datetime(day.year, day.month, day.day, *at, tzinfo=SANTIAGO)

    asyncio.run(Runner(engine, settings, sender, clock).run(run))
    return sender.sent[before:]


def reminder_days(engine: Engine, settings, sender, first: date, last: date) -> list[date]:
    days = []
    day = first
    while day <= last:
        if sent_on(engine, settings, day, RunName.REMINDERS, sender):
            days.append(day)
        day += timedelta(days=1)
    return days


def efemeride(month: int, day_of_month: int, title: str = "Aniversario", **extra) -> Efemeride:
    return Efemeride(title=title, month=month, day_of_month=day_of_month, created_at=CREATED, **extra)


def test_efemeride_reminder_goes_three_days_before_and_on_the_day(sqlite_engine, settings, sender) -> None:
    add(sqlite_engine, efemeride(12, 10, "Aniversario de la Junta de Vecinos 4"))
    days = reminder_days(sqlite_engine, settings, sender, date(2026, 12, 1), date(2026, 12, 12))
    assert days == [date(2026, 12, 7), date(2026, 12, 10)]
    assert all(chat == settings.telegram.mayor_chat_id for chat, _ in sender.sent)


def test_29_february_is_remembered_on_28_february_in_a_common_year(sqlite_engine, settings, sender) -> None:
    [leap] = add(sqlite_engine, efemeride(2, 29, "Cumpleaños del concejal"))
    assert reminder_days(sqlite_engine, settings, sender, date(2027, 2, 20), date(2027, 3, 3)) == \
        [date(2027, 2, 25), date(2027, 2, 28)]
    assert reminder_days(sqlite_engine, settings, sender, date(2028, 2, 20), date(2028, 3, 3)) == \
        [date(2028, 2, 26), date(2028, 2, 29)]
    assert sender.sent[1][1].choices[0].value == f"efe-done:{leap.id}:2027"


def test_a_yearly_date_early_in_january_is_reminded_in_december(sqlite_engine, settings, sender) -> None:
    [new_year] = add(sqlite_engine, efemeride(1, 1, "Año Nuevo"))
    assert reminder_days(sqlite_engine, settings, sender, date(2026, 12, 25), date(2027, 1, 3)) == \
        [date(2026, 12, 29), date(2027, 1, 1)]
    first = sender.sent[0][1]
    assert "viernes 1 de enero de 2027" in first.text
    assert first.choices[0].value == f"efe-done:{new_year.id}:2027"  # greeted for the year it falls in


def test_greeting_marked_sent_stops_the_remaining_reminder_that_year(sqlite_engine, settings, sender) -> None:
    [contact] = add(sqlite_engine, Contact(name="Rosa Díaz", treatment="Sra.", phone="+56911112222",
                                           updated_at=CREATED))
    [dia] = add(sqlite_engine, efemeride(12, 10, "Día de la Junta de Vecinos", contact_id=contact.id,
                                         greeting="Estimada Rosa: un saludo afectuoso..."))
    [(_, ahead)] = sent_on(sqlite_engine, settings, date(2026, 12, 7), RunName.REMINDERS, sender)
    assert "+56911112222" in ahead.text and "Estimada Rosa" in ahead.text

    answer = mark_greeted(sqlite_engine, ahead.choices[0].value, 1001, datetime(2026, 12, 7, 9, 0, tzinfo=SANTIAGO))
    assert answer.stored and "registrado" in answer.text
    assert sent_on(sqlite_engine, settings, date(2026, 12, 10), RunName.REMINDERS, sender) == []
    with Session(sqlite_engine) as session:
        assert session.get(Efemeride, dia.id).greeted_year == 2026
        audit = session.exec(select(AuditEntry)).one()
        assert (audit.actor_id, audit.entity, audit.after["greeted_year"]) == (1001, "efemeride", 2026)
    again = mark_greeted(sqlite_engine, ahead.choices[0].value, 1001, datetime(2026, 12, 7, 9, 5, tzinfo=SANTIAGO))
    assert not again.stored and "ya estaba" in again.text
    assert sent_on(sqlite_engine, settings, date(2027, 12, 7), RunName.REMINDERS, sender) != []  # next year again


def test_a_pending_invitation_is_reminded_once_when_its_event_is_five_days_away(sqlite_engine, settings,
                                                                               sender) -> None:
    [invitation] = add(sqlite_engine, Invitation(title="Cena aniversario Rotary", organizer="Rotary Club",
                                                 day=date(2026, 12, 3), place="Club Social",
                                                 received_at=CREATED))
    days = reminder_days(sqlite_engine, settings, sender, date(2026, 11, 24), date(2026, 12, 3))
    assert days == [date(2026, 11, 28)]
    reminder = sender.sent[0][1]
    assert "Cena aniversario Rotary" in reminder.text and "faltan 5 días" in reminder.text
    assert [choice.label for choice in reminder.choices] == ["Aceptar", "Declinar", "Delegar"]
    assert invitation_answer(reminder.choices[2].value) == (
        "invitation.respond", {"response": "delegated", "invitation_id": invitation.id})


def test_an_invitation_already_answered_or_far_away_is_not_reminded(sqlite_engine, settings, sender) -> None:
    add(sqlite_engine,
        Invitation(title="Ya aceptada", day=date(2026, 11, 25), received_at=CREATED,
                   status=InvitationStatus.ACCEPTED),
        Invitation(title="Lejana", day=date(2026, 12, 20), received_at=CREATED))
    assert sent_on(sqlite_engine, settings, date(2026, 11, 23), RunName.REMINDERS, sender) == []


def test_the_evening_before_an_accepted_activity_brings_its_time_and_place(sqlite_engine, settings, sender) -> None:
    start = datetime(2026, 11, 24, 11, 0, tzinfo=SANTIAGO)
    [invitation] = add(sqlite_engine, Invitation(title="Inauguración plaza", day=start.date(), start_at=start,
                                                 place="Plaza Los Aromos", received_at=CREATED,
                                                 status=InvitationStatus.ACCEPTED))
    add(sqlite_engine,
        Event(title="Inauguración plaza", day=start.date(), start_at=start, place="Plaza Los Aromos",
              invitation_id=invitation.id, created_at=CREATED),
        Event(title="Reunión interna", day=start.date(), created_at=CREATED))
    assert sent_on(sqlite_engine, settings, date(2026, 11, 22), RunName.EVENING, sender) == []
    [(chat, reminder)] = sent_on(sqlite_engine, settings, date(2026, 11, 23), RunName.EVENING, sender)
    assert chat == settings.telegram.mayor_chat_id
    assert "Inauguración plaza" in reminder.text and "11:00" in reminder.text and "Plaza Los Aromos" in reminder.text
    assert sent_on(sqlite_engine, settings, date(2026, 11, 23), RunName.EVENING, sender) == []  # once


def complaint(ticket: str, created: datetime, department: str = "aseo", due: date | None = None,
              status: ComplaintStatus = ComplaintStatus.NEW) -> Complaint:
    return Complaint(ticket=ticket, description=f"reclamo {ticket}", department=department, created_at=created,
                     due_date=due, status=status)


def test_each_department_with_a_chat_gets_its_new_and_overdue_complaints(sqlite_engine, settings, sender) -> None:
    add(sqlite_engine,
        complaint("R-2026-0001", datetime(2026, 11, 21, 10, 0, tzinfo=SANTIAGO)),  # Saturday: new on Monday
        complaint("R-2026-0002", datetime(2026, 11, 2, 10, 0, tzinfo=SANTIAGO), due=date(2026, 11, 16)),
        complaint("R-2026-0003", datetime(2026, 11, 2, 10, 0, tzinfo=SANTIAGO), due=date(2026, 11, 16),
                  status=ComplaintStatus.RESOLVED),
        complaint("R-2026-0004", datetime(2026, 11, 21, 10, 0, tzinfo=SANTIAGO), department="obras"))
    [(chat, digest)] = sent_on(sqlite_engine, settings, date(2026, 11, 23), RunName.COMPLAINTS, sender)
    assert chat == settings.department("aseo").chat_id
    assert "Nuevos (1)" in digest.text and "R-2026-0001" in digest.text
    assert "Vencidos sin cerrar (1)" in digest.text and "R-2026-0002" in digest.text
    assert "R-2026-0003" not in digest.text and "R-2026-0004" not in digest.text


def test_no_complaint_digest_on_a_holiday_or_for_a_department_with_nothing(sqlite_engine, settings, sender) -> None:
    assert sent_on(sqlite_engine, settings, date(2026, 11, 24), RunName.COMPLAINTS, sender) == []
    add(sqlite_engine, complaint("R-2026-0005", datetime(2026, 12, 7, 10, 0, tzinfo=SANTIAGO)))
    assert sent_on(sqlite_engine, settings, date(2026, 12, 8), RunName.COMPLAINTS, sender) == []  # holiday
    assert len(sent_on(sqlite_engine, settings, date(2026, 12, 9), RunName.COMPLAINTS, sender)) == 1


def test_without_a_mayor_chat_nothing_is_sent_to_the_mayor(sqlite_engine, settings, sender) -> None:
    unset = replace(settings, telegram=replace(settings.telegram, mayor_chat_id=None))
    add(sqlite_engine, efemeride(11, 23))
    assert sent_on(sqlite_engine, unset, date(2026, 11, 23), RunName.REMINDERS, sender) == []
