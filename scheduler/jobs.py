"""Registering the scheduler's work on python-telegram-bot's JobQueue (APScheduler underneath).

Nothing about jobs is stored: they are rebuilt from the settings at every start, and what was
already delivered lives in the database, so a restart neither loses nor repeats a message. Daily
jobs get aware local times, so APScheduler keeps them at the same wall time across DST changes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine

from scheduler.plan import HOUSEKEEPING_AT, HOUSEKEEPING_GRACE, daily_runs
from scheduler.runner import Clock, Runner, utc_now
from scheduler.sender import Sender
from settings import Settings

if TYPE_CHECKING:
    from telegram.ext import Application, Job, JobQueue

PREFIX = "scheduler:"
RETRY_EVERY = 60
"""Seconds between looks for unsent messages (failed, or abandoned by a process that died)."""


def install(application: Application[Any, Any, Any, Any, Any, Any], engine: Engine, settings: Settings,
            sender: Sender, clock: Clock = utc_now) -> Runner:
    """The one entry point for the Telegram layer, from its `post_init`: schedule everything, catch up once."""
    queue = application.job_queue
    if queue is None:
        raise RuntimeError("JobQueue no disponible: instale python-telegram-bot[job-queue]")
    runner = Runner(engine, settings, sender, clock)
    schedule(queue, runner)
    return runner


def schedule(queue: JobQueue[Any], runner: Runner) -> list[Job[Any]]:
    """Daily runs at local times, a repeating retry, a daily cleanup, and a catch-up right after start."""
    for job in queue.jobs():
        if job.name and job.name.startswith(PREFIX):
            job.schedule_removal()
    zone = runner.settings.zone
    jobs = [queue.run_daily(_callback(partial(runner.run, run.name)), time=run.at.replace(tzinfo=zone),
                            days=ptb_days(run.weekdays), name=f"{PREFIX}{run.name}",
                            job_kwargs={"misfire_grace_time": int(run.grace().total_seconds()), "coalesce": True})
            for run in daily_runs(runner.settings)]
    jobs.append(queue.run_repeating(_callback(runner.retry), interval=RETRY_EVERY, first=RETRY_EVERY,
                                    name=f"{PREFIX}retry", job_kwargs={"coalesce": True}))
    jobs.append(queue.run_daily(_callback(runner.housekeeping), time=HOUSEKEEPING_AT.replace(tzinfo=zone),
                                name=f"{PREFIX}housekeeping",
                                job_kwargs={"misfire_grace_time": int(HOUSEKEEPING_GRACE.total_seconds()),
                                            "coalesce": True}))
    jobs.append(queue.run_once(_callback(runner.catch_up), when=0, name=f"{PREFIX}catch-up",
                               job_kwargs={"misfire_grace_time": None}))
    return jobs


def ptb_days(weekdays: tuple[int, ...]) -> tuple[int, ...]:
    """Settings count Monday as 0; PTB's `run_daily` counts Sunday as 0."""
    return tuple(sorted((day + 1) % 7 for day in weekdays))


def _callback(action: Callable[[], Awaitable[int]]) -> Callable[[object], Awaitable[None]]:
    async def callback(_context: object) -> None:
        await action()

    return callback
