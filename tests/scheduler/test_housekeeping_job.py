"""The daily cleanup on the real JobQueue: idempotency keys past their 30 days go, newer ones stay."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select
from telegram.ext import Application

from scheduler.jobs import install
from storage.database import transaction
from storage.housekeeping import KEEP
from storage.models import ProcessedKey

SANTIAGO = ZoneInfo("America/Santiago")


def housekeeping_job(app: Application):
    [job] = [job for job in app.job_queue.jobs() if job.name == "scheduler:housekeeping"]
    return job


def keys(engine) -> list[str]:
    with Session(engine) as session:
        return list(session.exec(select(ProcessedKey.key).order_by(col(ProcessedKey.key))).all())


def test_the_cleanup_runs_every_day_at_0400_local_time(sqlite_engine, settings, sender) -> None:
    app = Application.builder().token("123456:TEST").build()
    install(app, sqlite_engine, settings, sender)
    trigger = housekeeping_job(app).job.trigger
    fire = trigger.get_next_fire_time(None, datetime(2026, 11, 22, 20, 0, tzinfo=SANTIAGO)).astimezone(SANTIAGO)
    after = trigger.get_next_fire_time(None, fire + timedelta(seconds=1)).astimezone(SANTIAGO)
    assert (fire.date().isoformat(), fire.time()) == ("2026-11-23", time(4, 0))
    assert (after.date().isoformat(), after.time()) == ("2026-11-24", time(4, 0))  # a Tuesday too: every day


def test_gabinete_jobs_lists_the_daily_cleanup(tmp_path, capsys) -> None:
    from bot.cli import main

    path = tmp_path / "config.toml"
    path.write_text(f'database_url = "sqlite:///{tmp_path / "gabinete.db"}"\n', encoding="utf-8")
    assert main(["--config", str(path), "jobs"]) == 0
    assert "• Limpieza de las claves de mensajes ya atendidos de más de 30 días: 04:00, a diario" in (
        capsys.readouterr().out)


def test_the_cleanup_deletes_keys_older_than_30_days_and_keeps_the_newer(engine, settings, sender) -> None:
    """A bot running for months: keys of updates long gone are deleted, not only at start-up."""
    now = datetime.now(UTC)
    with transaction(engine) as session:
        for key, age in [("update:1", KEEP + timedelta(days=60)), ("update:2", KEEP + timedelta(hours=1)),
                         ("update:3", KEEP - timedelta(hours=1)), ("update:4", timedelta(minutes=5))]:
            session.add(ProcessedKey(key=key, at=now - age))

    async def fire_the_job() -> None:
        app = Application.builder().token("123456:TEST").build()
        install(app, engine, settings, sender)
        await housekeeping_job(app).run(app)

    asyncio.run(fire_the_job())
    assert keys(engine) == ["update:3", "update:4"]
