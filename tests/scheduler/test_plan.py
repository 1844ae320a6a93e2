"""When runs are due, in local wall time: ordinary days, Chile's DST change days, catch-up and working days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from handlers.working_days import is_working_day, previous_working_day
from scheduler.plan import CatchUp, RunName, catch_up, next_run, run_named
from settings import Settings
from settings.model import BriefingSettings

SANTIAGO = ZoneInfo("America/Santiago")


def test_briefing_is_next_due_at_0730_local_on_an_ordinary_day() -> None:
    briefing = run_named(Settings(), RunName.BRIEFING)
    due = next_run(briefing, SANTIAGO, datetime(2026, 11, 22, 20, 0, tzinfo=SANTIAGO))
    assert due == datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO)
    assert due.astimezone(UTC).hour == 10  # summer time: UTC-3


def test_briefing_skips_weekdays_the_settings_leave_out() -> None:
    settings = Settings(briefing=BriefingSettings(weekdays=(0, 1, 2, 3, 4)))
    friday_evening = datetime(2026, 11, 27, 20, 0, tzinfo=SANTIAGO)
    assert next_run(run_named(settings, RunName.BRIEFING), SANTIAGO, friday_evening) == \
        datetime(2026, 11, 30, 7, 30, tzinfo=SANTIAGO)


@pytest.mark.parametrize(("started", "decision"), [
    (time(7, 0), CatchUp.NOT_DUE),
    (time(7, 30, 30), CatchUp.SEND),
    (time(9, 0), CatchUp.SEND),
    (time(12, 0), CatchUp.SEND),
    (time(13, 0), CatchUp.TOO_LATE),
])
def test_briefing_catch_up_goes_late_only_until_the_cut_off(started: time, decision: CatchUp) -> None:
    briefing = run_named(Settings(), RunName.BRIEFING)
    assert catch_up(briefing, SANTIAGO, datetime.combine(date(2026, 11, 23), started, tzinfo=SANTIAGO)) == decision


def test_reminders_catch_up_until_the_end_of_the_day() -> None:
    reminders = run_named(Settings(), RunName.REMINDERS)
    assert catch_up(reminders, SANTIAGO, datetime(2026, 11, 23, 22, 0, tzinfo=SANTIAGO)) == CatchUp.SEND


def test_complaints_digest_does_not_run_on_a_holiday_or_weekend() -> None:
    complaints = run_named(Settings(), RunName.COMPLAINTS)
    assert complaints.runs_on(date(2026, 11, 23))
    assert not complaints.runs_on(date(2026, 12, 8))  # Inmaculada Concepción
    assert not complaints.runs_on(date(2026, 11, 28))  # Saturday
    monday_evening = datetime(2026, 12, 7, 20, 0, tzinfo=SANTIAGO)
    assert next_run(complaints, SANTIAGO, monday_evening) == datetime(2026, 12, 9, 8, 30, tzinfo=SANTIAGO)


def test_previous_working_day_of_a_monday_is_friday() -> None:
    assert previous_working_day(date(2026, 11, 23)) == date(2026, 11, 20)
    assert previous_working_day(date(2026, 12, 9)) == date(2026, 12, 7)
    assert not is_working_day(date(2026, 12, 25))
