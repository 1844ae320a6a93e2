"""What recurring work exists and when it is due, in local wall time; pure, so tests inject the clock.

Every run is a local time of day in the configured zone: zoneinfo turns it into an instant, so
07:30 stays 07:30 on the days Chile changes its clocks (at local midnight).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from handlers.working_days import is_working_day
from settings import Settings

ALL_DAYS = (0, 1, 2, 3, 4, 5, 6)
WORKDAYS = (0, 1, 2, 3, 4)
END_OF_DAY = time(23, 59, 59)
HOUSEKEEPING_AT = time(4, 0)
"""Local time of the daily cleanup of bookkeeping tables: a quiet hour, clear of Chile's midnight clock changes."""
HOUSEKEEPING_GRACE = timedelta(hours=6)
"""How late a cleanup the bot was too busy to start may still run; a restart prunes anyway."""


class RunName(StrEnum):
    BRIEFING = "briefing"      # the mayor's day, to the mayor's chat
    REMINDERS = "reminders"    # efemérides and invitations awaiting an answer, each its own message
    COMPLAINTS = "complaints"  # each department's new and overdue complaints, to its own chat
    EVENING = "evening"        # tomorrow's accepted activities, the evening before
    LEGAL = "legal"            # transparency and Lobby deadlines, to the unit and the cabinet (scheduler/legal.py)


@dataclass(frozen=True)
class DailyRun:
    """One recurring run: its local time, the weekdays it runs (0 = Monday) and how late it may still go."""

    name: RunName
    at: time
    weekdays: tuple[int, ...]
    catch_up_until: time = END_OF_DAY
    working_days_only: bool = False

    def runs_on(self, day: date) -> bool:
        return day.weekday() in self.weekdays and (not self.working_days_only or is_working_day(day))

    def grace(self) -> timedelta:
        """How long after its time a run that could not fire (bot busy or down) may still go."""
        return datetime.combine(date.min, self.catch_up_until) - datetime.combine(date.min, self.at)


def daily_runs(settings: Settings) -> tuple[DailyRun, ...]:
    """The runs the settings ask for; reminders go with the briefing's time but on every day."""
    briefing, reminders = settings.briefing, settings.reminders
    return (
        DailyRun(RunName.BRIEFING, briefing.time, briefing.weekdays, catch_up_until=briefing.catch_up_until),
        DailyRun(RunName.REMINDERS, briefing.time, ALL_DAYS),
        DailyRun(RunName.COMPLAINTS, reminders.complaints_digest_time, WORKDAYS, working_days_only=True),
        DailyRun(RunName.EVENING, reminders.accepted_evening_time, ALL_DAYS),
        DailyRun(RunName.LEGAL, settings.legal.reminder_time, WORKDAYS, working_days_only=True),
    )


def run_named(settings: Settings, name: RunName) -> DailyRun:
    return next(run for run in daily_runs(settings) if run.name == name)


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def next_run(run: DailyRun, zone: ZoneInfo, now: datetime, horizon_days: int = 31) -> datetime | None:
    """The first time strictly after `now` this run is due (aware, local), or None within the horizon."""
    today = now.astimezone(zone).date()
    for offset in range(horizon_days + 1):
        day = today + timedelta(days=offset)
        moment = local_instant(day, run.at, zone)
        if moment > now and run.runs_on(day):
            return moment
    return None


class CatchUp(StrEnum):
    NOT_DUE = "not_due"    # not a run day, or its time has not come yet (the daily job will fire)
    SEND = "send"          # its time passed today and it may still go late
    TOO_LATE = "too_late"  # its time passed and so did its cut-off: it is skipped today


def catch_up(run: DailyRun, zone: ZoneInfo, now: datetime) -> CatchUp:
    """What a process starting at `now` does about today's run; sending twice is prevented elsewhere."""
    local = now.astimezone(zone)
    today = local.date()
    if not run.runs_on(today) or now < local_instant(today, run.at, zone):
        return CatchUp.NOT_DUE
    if now <= local_instant(today, run.catch_up_until, zone):
        return CatchUp.SEND
    return CatchUp.TOO_LATE


