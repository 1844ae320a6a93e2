"""The mayor's daily briefing: what it shows, what it leaves out, and how it counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from handlers import briefing
from handlers.context import Context
from storage.models import Complaint, ComplaintStatus, Efemeride, Event, Invitation, InvitationStatus

MONDAY = date(2026, 11, 23)


def local(day: date, hour: int, minute: int = 0, ctx: Context | None = None) -> datetime:
    assert ctx is not None
    return ctx.instant(day, datetime.min.time().replace(hour=hour, minute=minute))


def add(ctx: Context, *records: object) -> None:
    for record in records:
        ctx.session.add(record)
    ctx.session.commit()


def complaint(ctx: Context, number: int, department: str | None, *, created: datetime, due: date,
              status: ComplaintStatus = ComplaintStatus.NEW) -> Complaint:
    return Complaint(ticket=f"R-2026-{number:04d}", description="reclamo", department=department, status=status,
                     due_date=due, created_at=created)


def yearly(ctx: Context, title: str, month: int, day: int) -> Efemeride:
    return Efemeride(title=title, month=month, day_of_month=day, created_at=ctx.now)


def section(text: str, heading: str) -> list[str]:
    """The lines of one section of the briefing, heading included."""
    block = next(block for block in text.split("\n\n") if block.startswith(heading))
    return block.splitlines()


def test_heading_names_the_day_and_agenda_lists_time_title_and_place(ctx: Context) -> None:
    add(ctx, Event(title="Gabinete", day=MONDAY, start_at=local(MONDAY, 9, ctx=ctx), place="Sala alcaldía",
                   created_at=ctx.now),
        Event(title="Día del dirigente", day=MONDAY, created_at=ctx.now),
        Event(title="Mañana no", day=MONDAY + timedelta(days=1), start_at=local(MONDAY, 9, ctx=ctx) + timedelta(days=1),
              created_at=ctx.now))

    text = briefing.compose(ctx, MONDAY).text

    assert text.splitlines()[0] == "Resumen del lunes 23 de noviembre"
    assert section(text, "Agenda") == ["Agenda:", "• Todo el día: Día del dirigente",
                                       "• 09:00 Gabinete — Sala alcaldía"]


def test_pending_invitations_oldest_received_first_with_days_left(ctx: Context) -> None:
    add(ctx,
        Invitation(title="Cena Rotary", day=date(2026, 12, 3), received_at=ctx.now - timedelta(days=1)),
        Invitation(title="Aniversario Bomberos", day=date(2026, 11, 26), received_at=ctx.now - timedelta(days=2)),
        Invitation(title="Ya respondida", day=date(2026, 11, 27), received_at=ctx.now - timedelta(days=9),
                   status=InvitationStatus.ACCEPTED),
        Invitation(title="Ya pasó", day=date(2026, 11, 20), received_at=ctx.now - timedelta(days=9)))

    lines = section(briefing.compose(ctx, MONDAY).text, "Invitaciones")

    assert lines[0] == "Invitaciones por responder (2):"
    assert "Aniversario Bomberos" in lines[1] and lines[1].endswith("faltan 3 días")
    assert "Cena Rotary" in lines[2] and lines[2].endswith("faltan 10 días")


def test_efemerides_of_today_and_the_next_seven_days(ctx: Context) -> None:
    deleted = yearly(ctx, "Borrada", 11, 24)
    deleted.deleted_at = ctx.now
    add(ctx, yearly(ctx, "Día de la Música", 11, 22), yearly(ctx, "Santa Cecilia", 11, 23),
        yearly(ctx, "Aniversario Liceo", 11, 30), yearly(ctx, "Fuera de plazo", 12, 1), deleted,
        Efemeride(title="Inauguración consultorio", month=11, day_of_month=25, on_date=date(2026, 11, 25),
                  created_at=ctx.now),
        Efemeride(title="Otro año", month=11, day_of_month=25, on_date=date(2025, 11, 25), created_at=ctx.now))

    lines = section(briefing.compose(ctx, MONDAY).text, "Efemérides")

    assert lines == ["Efemérides:", "• Hoy lunes 23: Santa Cecilia",
                     "• Miércoles 25 de noviembre: Inauguración consultorio",
                     "• Lunes 30 de noviembre: Aniversario Liceo"]


def test_leap_day_efemeride_is_remembered_on_28_february_in_other_years(ctx: Context) -> None:
    add(ctx, yearly(ctx, "Cumpleaños del concejal", 2, 29))
    assert "• Hoy domingo 28: Cumpleaños del concejal" in briefing.compose(ctx, date(2027, 2, 28)).text
    assert "Cumpleaños del concejal" not in briefing.compose(ctx, date(2028, 3, 1)).text
    assert "• Mañana martes 29: Cumpleaños del concejal" in briefing.compose(ctx, date(2028, 2, 28)).text


def test_complaints_counted_overdue_and_new_since_previous_briefing(ctx: Context) -> None:
    yesterday_morning = local(MONDAY - timedelta(days=1), 10, ctx=ctx)
    add(ctx,
        complaint(ctx, 1, "aseo", created=yesterday_morning, due=MONDAY + timedelta(days=5)),
        complaint(ctx, 2, "aseo", created=yesterday_morning, due=MONDAY + timedelta(days=5)),
        complaint(ctx, 3, "obras", created=local(MONDAY, 7, 29, ctx=ctx), due=MONDAY + timedelta(days=10)),
        complaint(ctx, 4, "obras", created=local(MONDAY, 7, 30, ctx=ctx), due=MONDAY + timedelta(days=10)),
        complaint(ctx, 5, "obras", created=local(MONDAY - timedelta(days=1), 7, 29, ctx=ctx), due=MONDAY),
        complaint(ctx, 6, "transito", created=ctx.now - timedelta(days=20), due=MONDAY - timedelta(days=1)),
        complaint(ctx, 7, "aseo", created=ctx.now - timedelta(days=20), due=MONDAY - timedelta(days=3),
                  status=ComplaintStatus.IN_PROGRESS),
        complaint(ctx, 8, "aseo", created=ctx.now - timedelta(days=20), due=MONDAY - timedelta(days=3),
                  status=ComplaintStatus.RESOLVED))

    at_briefing_time = replace(ctx, now=local(MONDAY, 7, 30, ctx=ctx))
    lines = section(briefing.compose(at_briefing_time, MONDAY).text, "Reclamos")

    names = {department.code: department.name for department in ctx.settings.departments}
    aseo, obras, transito = names["aseo"], names["obras"], names["transito"]
    assert lines == ["Reclamos:", f"• Nuevos desde el último resumen: 3 ({aseo} 2, {obras} 1)",
                     "• Vencidos sin cerrar: 2", f"• Vencieron ayer: 1 ({transito} 1)"]


def test_briefing_asked_later_that_day_counts_complaints_logged_since_the_scheduled_one(ctx: Context) -> None:
    add(ctx, complaint(ctx, 1, "aseo", created=local(MONDAY, 8, 45, ctx=ctx), due=MONDAY + timedelta(days=5)))
    scheduled = section(briefing.compose(replace(ctx, now=local(MONDAY, 7, 30, ctx=ctx)), MONDAY).text, "Reclamos")
    asked_at_nine = section(briefing.compose(ctx, MONDAY).text, "Reclamos")
    assert scheduled == ["Reclamos: ninguno nuevo ni vencido."]
    assert asked_at_nine[1].startswith("• Nuevos desde el último resumen: 1")


def test_quiet_day_is_a_few_short_lines(ctx: Context) -> None:
    text = briefing.compose(ctx, MONDAY).text
    assert text.split("\n\n") == ["Resumen del lunes 23 de noviembre", "Agenda: sin actividades.",
                                  "Reclamos: ninguno nuevo ni vencido."]


def test_briefing_request_is_todays_briefing(ctx: Context) -> None:
    assert briefing.HANDLERS["briefing.request"](ctx, {}).text == briefing.compose(ctx, ctx.today).text
