"""What the scheduler will send in the coming days, computed from settings and the database alone.

`gabinete jobs` shows it without a running bot: the same planning the jobs use, simulated day by
day, leaving out what was already delivered and what an earlier day already covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from handlers.reply import Reply
from scheduler.outbox import Outgoing, compose, context, owed
from scheduler.plan import daily_runs, local_instant
from settings import Settings
from storage.models import Delivery


@dataclass(frozen=True)
class Planned:
    at: datetime
    outgoing: Outgoing
    reply: Reply


def upcoming(engine: Engine, settings: Settings, now: datetime, days: int = 7) -> list[Planned]:
    """Messages due after `now` within `days`, in the order they will go (local times)."""
    zone = settings.zone
    today = now.astimezone(zone).date()
    planned: list[Planned] = []
    with Session(engine) as session:
        taken = {(row.kind, row.chat_id, row.item_key) for row in session.exec(select(Delivery)).all()}
        ctx = context(session, settings, now)
        for offset in range(days + 1):
            day = today + timedelta(days=offset)
            for run in sorted(daily_runs(settings), key=lambda run: run.at):
                at = local_instant(day, run.at, zone)
                if at <= now or not run.runs_on(day):
                    continue
                for outgoing in owed(ctx, run.name, day):
                    key = (outgoing.kind.value, outgoing.chat_id, outgoing.item_key)
                    reply = None if key in taken else compose(ctx, outgoing)
                    if reply is not None:
                        taken.add(key)
                        planned.append(Planned(at, outgoing, reply))
    return planned
