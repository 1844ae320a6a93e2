"""Adding activities to the mayor's agenda and reading it back, through the handler contract."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from handlers import agenda
from handlers.context import Actor, Context
from handlers.registry import NOT_ALLOWED, Registry
from handlers.reply import PendingKind, Reply
from settings import Role, Settings
from storage.models import AuditEntry, Event
from storage.queries.agenda import events_between
from tests.handlers.steps import at, confirm

THURSDAY = date(2026, 11, 26)


def add(ctx: Context, **slots: object) -> Reply:
    return confirm(ctx, agenda.handle_create(ctx, slots))


def test_new_activity_is_previewed_then_stored_with_its_number(ctx: Context) -> None:
    slots = {"title": "Reunión con vecinos", "start": at(THURSDAY, 11), "end": at(THURSDAY, 12, 30),
             "place": "Sede Villa Los Aromos"}
    preview = agenda.handle_create(ctx, slots)
    assert "jueves 26 de noviembre, 11:00 a 12:30" in preview.text
    assert "Sede Villa Los Aromos" in preview.text
    assert ctx.session.exec(select(Event)).all() == []

    stored = confirm(ctx, preview)

    event = ctx.session.exec(select(Event)).one()
    assert stored.stored and f"N° {event.id}" in stored.text
    assert event.day == THURSDAY and event.start_at is not None and event.start_at.hour == 14  # 11:00 -03 in UTC
    audit = ctx.session.exec(select(AuditEntry)).one()
    assert (audit.action, audit.entity, audit.actor_id) == ("create", "event", 1001)


def test_missing_day_is_asked_then_handled_when_given(ctx: Context) -> None:
    question = agenda.handle_create(ctx, {"title": "Visita a la feria"})
    assert question.pending is not None
    assert (question.pending.kind, question.pending.slot) == (PendingKind.ASK, "start")

    preview = agenda.handle_create(ctx, {**question.pending.slots, "start": THURSDAY})
    assert preview.pending is not None and preview.pending.kind == PendingKind.CONFIRM
    assert "jueves 26 de noviembre (todo el día)" in preview.text


def test_overlapping_activity_is_warned_in_the_preview(ctx: Context) -> None:
    add(ctx, title="Concejo municipal", start=at(THURSDAY, 10), end=at(THURSDAY, 12), place="Salón de concejo")
    preview = agenda.handle_create(ctx, {"title": "Entrevista radio", "start": at(THURSDAY, 11, 30)})
    assert "Ojo: choca con 10:00–12:00 Concejo municipal — Salón de concejo" in preview.text


def test_activity_without_end_is_taken_to_last_one_hour(ctx: Context) -> None:
    add(ctx, title="Punto de prensa", start=at(THURSDAY, 10))
    assert "choca" in agenda.handle_create(ctx, {"title": "A", "start": at(THURSDAY, 10, 45)}).text
    assert "choca" not in agenda.handle_create(ctx, {"title": "B", "start": at(THURSDAY, 11)}).text
    assert "choca" in agenda.handle_create(ctx, {"title": "C", "start": at(THURSDAY, 9, 30)}).text


def test_all_day_activity_clashes_with_anything_that_day(ctx: Context) -> None:
    add(ctx, title="Aniversario de la comuna", start=THURSDAY)
    evening = agenda.handle_create(ctx, {"title": "X", "start": at(THURSDAY, 18)})
    next_midnight = agenda.handle_create(ctx, {"title": "Y", "start": at(THURSDAY + timedelta(days=1), 0)})
    assert "choca con Todo el día: Aniversario" in evening.text
    assert "choca" not in next_midnight.text


def test_new_all_day_activity_is_warned_of_that_days_appointments(ctx: Context) -> None:
    add(ctx, title="Gabinete", start=at(THURSDAY, 9))
    assert "choca con 09:00 Gabinete" in agenda.handle_create(ctx, {"title": "Viaje", "start": THURSDAY}).text


def test_end_before_start_is_refused_and_nothing_proposed(ctx: Context) -> None:
    reply = agenda.handle_create(ctx, {"title": "X", "start": at(THURSDAY, 12), "end": at(THURSDAY, 11)})
    assert reply.pending is None and "posterior" in reply.text


def test_unreadable_start_is_refused(ctx: Context) -> None:
    reply = agenda.handle_create(ctx, {"title": "X", "start": "el jueves"})
    assert reply.pending is None and "No entiendo la fecha" in reply.text


def test_day_lists_all_day_first_then_by_time_with_place(ctx: Context) -> None:
    add(ctx, title="Inauguración plaza", start=at(THURSDAY, 16), place="Plaza Norte")
    add(ctx, title="Gabinete", start=at(THURSDAY, 9))
    add(ctx, title="Día del funcionario", start=THURSDAY)

    text = agenda.handle_query(ctx, {"date_from": THURSDAY}).text

    assert text.splitlines() == ["Agenda del jueves 26 de noviembre:", "• Todo el día: Día del funcionario",
                                 "• 09:00 Gabinete", "• 16:00 Inauguración plaza — Plaza Norte"]


def test_without_dates_the_agenda_is_todays(ctx: Context) -> None:
    add(ctx, title="Gabinete", start=at(ctx.today, 9))
    assert agenda.handle_query(ctx, {}).text.startswith("Agenda de hoy lunes 23:")


def test_range_groups_activities_under_day_headings(ctx: Context) -> None:
    add(ctx, title="Gabinete", start=at(ctx.today, 9))
    add(ctx, title="Concejo", start=at(THURSDAY, 10))
    add(ctx, title="Feria costumbrista", start=at(THURSDAY, 17))

    text = agenda.handle_query(ctx, {"date_from": ctx.today, "date_to": ctx.today + timedelta(days=6)}).text

    assert text.splitlines() == [
        "Agenda del lunes 23 de noviembre al domingo 29 de noviembre:", "",
        "Hoy lunes 23", "• 09:00 Gabinete", "",
        "Jueves 26 de noviembre", "• 10:00 Concejo", "• 17:00 Feria costumbrista"]


def test_empty_range_says_there_is_nothing(ctx: Context) -> None:
    reply = agenda.handle_query(ctx, {"date_from": THURSDAY, "date_to": THURSDAY + timedelta(days=1)})
    assert reply.text.startswith("No hay actividades agendadas")


def test_deleted_activity_is_not_listed(ctx: Context) -> None:
    add(ctx, title="Cancelada", start=at(THURSDAY, 9))
    event = ctx.session.exec(select(Event)).one()
    event.deleted_at = ctx.now
    ctx.session.commit()
    assert agenda.handle_query(ctx, {"date_from": THURSDAY}).text.startswith("No hay actividades")


def test_free_afternoon_is_confirmed(ctx: Context) -> None:
    add(ctx, title="Gabinete", start=at(THURSDAY, 9))
    reply = agenda.handle_query(ctx, {"date_from": THURSDAY, "availability": True, "part_of_day": "tarde"})
    assert reply.text == "Sí, está libre el jueves 26 de noviembre en la tarde."


def test_busy_morning_lists_what_occupies_it(ctx: Context) -> None:
    add(ctx, title="Gabinete", start=at(THURSDAY, 11, 30), end=at(THURSDAY, 13))
    reply = agenda.handle_query(ctx, {"date_from": THURSDAY, "availability": True, "part_of_day": "mañana"})
    assert reply.text.splitlines() == ["No, el jueves 26 de noviembre en la mañana tiene:", "• 11:30–13:00 Gabinete"]


def test_all_day_activity_makes_the_whole_day_busy(ctx: Context) -> None:
    add(ctx, title="Viaje a Santiago", start=THURSDAY)
    reply = agenda.handle_query(ctx, {"date_from": THURSDAY, "availability": True, "part_of_day": "noche"})
    assert reply.text.startswith("No, el jueves")


def test_viewer_cannot_add_activities(session: Session, settings: Settings) -> None:
    viewer = Context(session=session, actor=Actor(2002, "Visita", Role.VIEWER),
                     now=datetime(2026, 11, 23, 12, 0).astimezone(settings.zone), settings=settings)
    reply = Registry().handle(viewer, "event.create", {"title": "X", "start": THURSDAY})
    assert reply.text == NOT_ALLOWED and reply.pending is None
    assert Registry().handle(viewer, "agenda.query", {}).text.startswith("No hay actividades")


def test_agenda_order_puts_all_day_first_on_every_database(engine: Engine, settings: Settings) -> None:
    moment = datetime(2026, 11, 26, 12, 0, tzinfo=settings.zone)
    with Session(engine) as session:
        session.add(Event(title="Con hora", day=THURSDAY, start_at=moment, created_at=moment))
        session.add(Event(title="Todo el día", day=THURSDAY, created_at=moment))
        session.commit()
        titles = [event.title for event in events_between(session, THURSDAY, THURSDAY)]
    assert titles == ["Todo el día", "Con hora"]


@pytest.mark.parametrize("part", ["manana", "Mañana", "TARDE", "noche"])
def test_parts_of_day_are_understood_with_or_without_accents(ctx: Context, part: str) -> None:
    assert agenda.handle_query(ctx, {"availability": True, "part_of_day": part}).text.startswith("Sí, está libre")


def test_availability_flag_and_dates_may_arrive_as_text(ctx: Context) -> None:
    add(ctx, title="Gabinete", start="2026-11-26T09:00")
    reply = agenda.handle_query(ctx, {"date_from": "2026-11-26", "availability": "true", "part_of_day": "mañana"})
    assert reply.text.splitlines() == ["No, el jueves 26 de noviembre en la mañana tiene:", "• 09:00 Gabinete"]
