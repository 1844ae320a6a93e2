"""The jobs on a real python-telegram-bot JobQueue (APScheduler): local run times, and the catch-up at start."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from msgspec.structs import replace
from sqlmodel import Session, select
from telegram.ext import Application

from scheduler.jobs import install, ptb_days
from scheduler.plan import RunName, next_run, run_named
from storage.models import Delivery

SANTIAGO = ZoneInfo("America/Santiago")


def application() -> Application:
    return Application.builder().token("123456:TEST").build()


def next_fire(job, after: datetime) -> datetime:
    """APScheduler's own answer for the job's next run after `after` (an injected moment, no waiting)."""
    return job.job.trigger.get_next_fire_time(None, after).astimezone(SANTIAGO)


def dst_changes(year: int) -> list[datetime]:
    """The instants Santiago changes its clocks in `year`, found with zoneinfo rather than written down."""
    found, moment = [], datetime(year, 1, 1, tzinfo=UTC)
    while moment.year == year:
        if (moment + timedelta(hours=1)).astimezone(SANTIAGO).utcoffset() != moment.astimezone(SANTIAGO).utcoffset():
            found.append(moment + timedelta(hours=1))
        moment += timedelta(hours=1)
    return found


def test_chile_changes_its_clocks_twice_in_2027_at_local_midnight() -> None:
    changes = dst_changes(2027)
    assert len(changes) == 2
    assert all((change - timedelta(seconds=1)).astimezone(SANTIAGO).time() == time(23, 59, 59) for change in changes)


def jobs_by_name(app: Application) -> dict[str, object]:
    return {job.name: job for job in app.job_queue.jobs()}


def test_install_registers_the_daily_runs_the_retry_the_cleanup_and_a_catch_up(sqlite_engine, settings,
                                                                               sender) -> None:
    app = application()
    install(app, sqlite_engine, settings, sender)
    assert set(jobs_by_name(app)) == {f"scheduler:{name}" for name in RunName} | {
        "scheduler:retry", "scheduler:housekeeping", "scheduler:catch-up"}


def test_install_twice_leaves_one_set_of_jobs(sqlite_engine, settings, sender) -> None:
    app = application()
    install(app, sqlite_engine, settings, sender)
    install(app, sqlite_engine, settings, sender)
    names = [job.name for job in app.job_queue.jobs() if not job.removed]
    assert len(names) == len(set(names))


def test_briefing_job_fires_at_0730_local_on_an_ordinary_day(sqlite_engine, settings, sender) -> None:
    app = application()
    install(app, sqlite_engine, settings, sender)
    briefing = jobs_by_name(app)["scheduler:briefing"]
    fire = next_fire(briefing, datetime(2026, 11, 22, 20, 0, tzinfo=SANTIAGO))
    assert fire == datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO)


@pytest.mark.parametrize("change", dst_changes(2027), ids=lambda change: change.date().isoformat())
def test_briefing_job_fires_at_0730_local_on_both_sides_of_each_dst_change(sqlite_engine, settings, sender,
                                                                            change: datetime) -> None:
    app = application()
    install(app, sqlite_engine, settings, sender)
    briefing = jobs_by_name(app)["scheduler:briefing"]
    eve = (change - timedelta(seconds=1)).astimezone(SANTIAGO).date()
    first = next_fire(briefing, datetime.combine(eve, time(1, 0), tzinfo=SANTIAGO))
    second = next_fire(briefing, first + timedelta(seconds=1))
    assert (first.date(), first.time()) == (eve, time(7, 30))
    assert (second.date(), second.time()) == (eve + timedelta(days=1), time(7, 30))
    shift = first.utcoffset() - second.utcoffset()
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=24) + shift  # 25 h in April, 23 in Sept
    plan = run_named(settings, RunName.BRIEFING)
    assert (next_run(plan, SANTIAGO, first - timedelta(hours=1)), next_run(plan, SANTIAGO, first)) == (first, second)


def test_briefing_job_honours_the_weekdays_of_the_settings(sqlite_engine, settings, sender) -> None:
    weekdays_only = replace(settings, briefing=replace(settings.briefing, weekdays=(0, 1, 2, 3, 4)))
    app = application()
    install(app, sqlite_engine, weekdays_only, sender)
    fire = next_fire(jobs_by_name(app)["scheduler:briefing"], datetime(2026, 11, 27, 20, 0, tzinfo=SANTIAGO))
    assert fire == datetime(2026, 11, 30, 7, 30, tzinfo=SANTIAGO)  # Friday evening → Monday


def test_ptb_counts_sunday_as_day_zero() -> None:
    assert ptb_days((0, 6)) == (0, 1)  # Monday and Sunday


def test_catch_up_job_sends_the_missed_briefing_once_when_the_queue_starts(sqlite_engine, settings, sender,
                                                                           clock) -> None:
    """The bot was down at 07:30 and starts at 09:00: the real JobQueue runs the catch-up right away."""
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=SANTIAGO)

    async def start_and_stop() -> None:
        app = application()
        install(app, sqlite_engine, settings, sender, clock)
        await app.job_queue.start()
        try:
            for _ in range(100):
                if sender.sent:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.2)
        finally:
            await app.job_queue.stop(wait=True)

    asyncio.run(start_and_stop())
    assert [text.splitlines()[0] for text in sender.texts()] == ["Resumen del lunes 23 de noviembre"]
    with Session(sqlite_engine) as session:
        assert [row.kind for row in session.exec(select(Delivery)).all()] == ["briefing"]
