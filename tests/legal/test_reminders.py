"""Legal deadline reminders: 5 and 2 working days before and on the due day, to the unit's chat and the
cabinet group, each once across runs and a restart (SQLite and PostgreSQL); none for an answered request;
their buttons become ordinary, confirmed requests."""

from __future__ import annotations

import asyncio
from datetime import date, datetime

from sqlalchemy.engine import Engine

from scheduler.plan import RunName
from scheduler.runner import Runner
from settings import Settings
from storage.database import transaction
from storage.legal import Audience, TransparencyRequest
from tests.legal.conftest import ASEO_CHAT, MAYOR_CHAT, SANTIAGO, Clock, RecordingSender

RECEIVED = datetime(2026, 12, 2, 9, 0, tzinfo=SANTIAGO)


def add_request(engine: Engine, due: date, department: str = "aseo") -> int:
    with transaction(engine) as session:
        request = TransparencyRequest(folio="MU042T0000815", requester="Camila Rojas", subject="contratos de aseo",
                                      department=department, received_on=date(2026, 12, 2),
                                      counted_from=date(2026, 12, 2), due_on=due, created_at=RECEIVED)
        session.add(request)
        session.flush()
        return request.id or 0


def run_on(engine: Engine, settings: Settings, sender: RecordingSender, clock: Clock, day: date) -> int:
    clock.at(day.year, day.month, day.day, 8)
    clock.now = clock.now.replace(minute=30)
    return asyncio.run(Runner(engine, settings, sender, clock).run(RunName.LEGAL))


def test_each_reminder_goes_once_to_the_unit_and_the_cabinet(engine: Engine, settings: Settings,
                                                             sender: RecordingSender, clock: Clock) -> None:
    add_request(engine, date(2027, 1, 4))
    days = [date(2026, 12, 24), date(2026, 12, 28), date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31),
            date(2027, 1, 4), date(2027, 1, 5)]
    for day in days:
        run_on(engine, settings, sender, clock, day)
        run_on(engine, settings, sender, clock, day)  # a second run the same day changes nothing
    for chat in (ASEO_CHAT, MAYOR_CHAT):
        texts = sender.texts(chat)
        assert len(texts) == 3, texts
        assert "vence en 5 días hábiles" in texts[0]  # Thursday 24 December
        assert "vence en 2 días hábiles" in texts[1]  # Wednesday 30 December
        assert "vence HOY" in texts[2]


def test_a_restarted_bot_does_not_repeat_and_a_missed_step_goes_late(engine: Engine, settings: Settings,
                                                                     sender: RecordingSender, clock: Clock) -> None:
    add_request(engine, date(2027, 1, 4))
    assert run_on(engine, settings, sender, clock, date(2026, 12, 28)) == 2
    restarted = RecordingSender()
    assert run_on(engine, settings, restarted, clock, date(2026, 12, 28)) == 0
    assert run_on(engine, settings, restarted, clock, date(2026, 12, 29)) == 0  # still the 5-day step
    assert run_on(engine, settings, restarted, clock, date(2027, 1, 4)) == 2  # the 2-day run was missed
    assert all("vence HOY" in text for text in restarted.texts(MAYOR_CHAT))


def test_an_answered_or_extended_request_is_no_longer_reminded_of_its_old_day(
        engine: Engine, settings: Settings, sender: RecordingSender, clock: Clock) -> None:
    number = add_request(engine, date(2027, 1, 4))
    with transaction(engine) as session:
        request = session.get(TransparencyRequest, number)
        request.due_on, request.status = date(2027, 1, 18), "prorrogada"
        session.add(request)
    assert run_on(engine, settings, sender, clock, date(2026, 12, 28)) == 0
    assert run_on(engine, settings, sender, clock, date(2027, 1, 11)) == 2
    with transaction(engine) as session:
        request = session.get(TransparencyRequest, number)
        request.status = "respondida"
        session.add(request)
    assert run_on(engine, settings, sender, clock, date(2027, 1, 18)) == 0


def test_an_audience_request_is_reminded_to_the_cabinet(engine: Engine, settings: Settings,
                                                       sender: RecordingSender, clock: Clock) -> None:
    with transaction(engine) as session:
        session.add(Audience(applicant="Inmobiliaria X", subject="plan regulador", received_on=date(2026, 12, 2),
                             due_on=date(2026, 12, 7), created_at=RECEIVED))
    run_on(engine, settings, sender, clock, date(2026, 12, 3))
    run_on(engine, settings, sender, clock, date(2026, 12, 7))
    texts = sender.texts(MAYOR_CHAT)
    assert len(texts) == 2 and "Inmobiliaria X" in texts[0] and "vence HOY" in texts[1]
    assert sender.texts(ASEO_CHAT) == []


def test_the_reminders_buttons_open_the_request_and_extend_it_after_yes(
        sqlite_engine: Engine, settings: Settings, sender: RecordingSender, clock: Clock, dispatcher, staff) -> None:
    number = add_request(sqlite_engine, date(2027, 1, 4))
    run_on(sqlite_engine, settings, sender, clock, date(2026, 12, 24))
    [reminder] = [reply for chat, reply in sender.sent if chat == MAYOR_CHAT]
    buttons = {choice.label: choice.value for choice in reminder.choices}
    assert set(buttons) == {"Ver solicitud", "Prorrogar"}
    shown = dispatcher.handle_scheduled("legal:chat", staff, buttons["Ver solicitud"])
    assert "Solicitud MU042T0000815 — recibida" in shown.text
    preview = dispatcher.handle_scheduled("legal:chat", staff, buttons["Prorrogar"])
    assert "ahora vence el lunes 18 de enero de 2027" in preview.text
    assert dispatcher.handle_text("legal:chat", staff, "sí").stored
    with transaction(sqlite_engine) as session:
        assert session.get(TransparencyRequest, number).due_on == date(2027, 1, 18)


def test_an_audience_reminder_offers_to_accept_or_decline(sqlite_engine: Engine, settings: Settings,
                                                          sender: RecordingSender, clock: Clock, dispatcher,
                                                          staff) -> None:
    with transaction(sqlite_engine) as session:
        session.add(Audience(applicant="Inmobiliaria X", subject="plan regulador", received_on=date(2026, 12, 2),
                             due_on=date(2026, 12, 7), created_at=RECEIVED))
    run_on(sqlite_engine, settings, sender, clock, date(2026, 12, 3))
    [reminder] = sender.sent
    buttons = {choice.label: choice.value for choice in reminder[1].choices}
    question = dispatcher.handle_scheduled("legal:chat", staff, buttons["Aceptar"])
    assert question.pending is not None and question.pending.slot == "start"
    declined = dispatcher.handle_scheduled("legal:chat", staff, buttons["Rechazar"])
    assert "rechazada" in declined.text and dispatcher.handle_text("legal:chat", staff, "sí").stored
