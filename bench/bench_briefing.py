"""How long the daily briefing takes on a year of office data, against counting the same tables.

A SQLite file gets 5,000 activities, 20,000 complaints, 2,000 contacts, invitations and efemérides
spread over 2026; `compose` is timed (median of several runs, a fresh session each) and printed
beside a plain `SELECT count(*)` over those tables in the same run. Target: under 200 ms.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.briefing import compose
from handlers.context import Actor, Context
from settings import Role, Settings
from storage.database import open_database
from storage.models import Complaint, ComplaintStatus, Contact, Efemeride, Event, Invitation, InvitationStatus

RUNS = 15
EVENTS, COMPLAINTS, CONTACTS, INVITATIONS, EFEMERIDES = 5_000, 20_000, 2_000, 600, 300
TABLES = ("event", "complaint", "contact", "invitation", "efemeride")
BRIEFING_DAY = date(2026, 11, 23)
TARGET_MS = 200.0


def _year_day(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randrange(365))


def _fill(engine: Engine, settings: Settings) -> None:
    """Rows written in bulk through Core: the bench measures reading, not the ORM's writes."""
    rng = random.Random(2026)
    zone = settings.zone
    codes = [department.code for department in settings.departments] + [None]
    created = datetime(2026, 1, 1, tzinfo=zone)

    def moment(day: date) -> datetime:
        minutes = rng.randrange(7 * 60, 22 * 60)
        return datetime.combine(day, datetime.min.time(), tzinfo=zone) + timedelta(minutes=minutes)

    events = []
    for _ in range(EVENTS):
        day = _year_day(rng)
        start = moment(day) if rng.random() > 0.1 else None
        events.append({"title": f"Actividad {rng.randrange(10_000)}", "day": day, "start_at": start,
                       "end_at": start + timedelta(hours=1) if start else None, "place": "Municipalidad",
                       "created_at": created})
    invitations = []
    for _ in range(INVITATIONS):
        day = _year_day(rng)
        invitations.append({"title": f"Invitación {rng.randrange(10_000)}", "organizer": "Organización", "day": day,
                            "start_at": moment(day), "received_at": moment(day - timedelta(days=rng.randrange(1, 30))),
                            "status": rng.choice(list(InvitationStatus))})
    complaints = []
    for number in range(1, COMPLAINTS + 1):
        when = moment(_year_day(rng))
        complaints.append({"ticket": f"R-2026-{number:05d}", "description": "Reclamo de vecino",
                           "department": rng.choice(codes), "status": rng.choice(list(ComplaintStatus)),
                           "due_date": when.date() + timedelta(days=10), "created_at": when})
    contacts = [{"name": f"Contacto {n}", "search_text": f"contacto {n}", "updated_at": created}
                for n in range(CONTACTS)]
    efemerides = []
    for _ in range(EFEMERIDES):
        day = _year_day(rng)
        once = rng.random() < 0.2
        efemerides.append({"title": f"Efeméride {rng.randrange(10_000)}", "month": day.month,
                           "day_of_month": day.day, "on_date": day if once else None, "created_at": created})
    with Session(engine) as session:
        for model, rows in ((Event, events), (Invitation, invitations), (Complaint, complaints),
                            (Contact, contacts), (Efemeride, efemerides)):
            session.execute(insert(model), rows)
        session.commit()


def _median_ms(work: Callable[[], object]) -> float:
    work()  # warm the caches once, as a running bot has them warm
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        _fill(engine, settings)
        actor = Actor(telegram_id=1, name="Bench", role=Role.ADMIN)
        now = datetime.combine(BRIEFING_DAY, settings.briefing.time, tzinfo=settings.zone)

        def briefing() -> str:
            with Session(engine) as session:
                return compose(Context(session=session, actor=actor, now=now, settings=settings), BRIEFING_DAY).text

        def counts() -> list[int]:
            with Session(engine) as session:
                return [session.execute(text(f"select count(*) from {table}")).scalar_one() for table in TABLES]

        baseline = _median_ms(counts)
        composed = _median_ms(briefing)
        sample = briefing()
        engine.dispose()
    print(f"data: {EVENTS} activities, {COMPLAINTS} complaints, {CONTACTS} contacts, {INVITATIONS} invitations, "
          f"{EFEMERIDES} efemérides (SQLite)")
    print(f"baseline select count(*) x{len(TABLES)}: {baseline:.2f} ms (median of {RUNS})")
    print(f"compose briefing: {composed:.2f} ms = {composed / baseline:.1f}x baseline "
          f"({'within' if composed < TARGET_MS else 'OVER'} target {TARGET_MS:.0f} ms)")
    print(f"briefing: {len(sample)} characters, {len(sample.splitlines())} lines")
