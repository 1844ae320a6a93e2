"""The web face under a year of office work: the iCalendar feed for 5,000 activities, and the complaints
board's API for one department of a 20,000-complaint office, over HTTP.

Baselines measured in the same run:
- feed: reading the same rows with one plain SELECT (the floor any feed pays), and icalendar's own
  component objects writing the same entries (the reference the feed's writer replaced); the feed is
  timed cold (every entry written) and as the server builds it between changes (entries cached);
- board: the cheapest authenticated API call (`/api/yo`: the same HTTP, initData check and JSON, no query).
Targets from issue 17: feed < 200 ms, board < 50 ms.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import icalendar
from sqlalchemy import insert, text
from sqlmodel import Session

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from bot.web.ical import EntryCache, build_feed
from bot.web.init_data import sign
from bot.web.server import WebServer
from settings import Role, Settings, StaffMember
from storage.database import open_database
from storage.models import AuditEntry, Complaint, Event
from storage.queries.calendar import feed_events

EVENTS = 5_000
COMPLAINTS = 20_000
FEED_RUNS = 7
BOARD_RUNS = 30
FEED_TARGET_MS = 200.0
BOARD_TARGET_MS = 50.0
TOKEN = "123456:bench-token"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
TITLES = ("Reunión con la junta de vecinos", "Visita a obras del CESFAM", "Consejo municipal", "Ceremonia escolar",
          "Audiencia pública", "Entrevista radio local", "Tedeum", "Operativo de salud", "Cabildo abierto")
PLACES = ("Salón Consistorial", "Sede social Villa Los Aromos", "Liceo Bicentenario", None, "Plaza de Armas")


def _fill(engine: object, rng: random.Random, departments: list[str]) -> None:
    first = NOW.date() - timedelta(days=180)
    events, audits = [], []
    for number in range(1, EVENTS + 1):
        day = first + timedelta(days=rng.randrange(365))
        timed = rng.random() < 0.85
        start = datetime(day.year, day.month, day.day, 11 + rng.randrange(10), tzinfo=UTC) if timed else None
        deleted = NOW - timedelta(days=rng.randrange(60)) if rng.random() < 0.03 else None
        events.append({"id": number, "title": f"{rng.choice(TITLES)} n.º {number}", "day": day, "start_at": start,
                       "end_at": start + timedelta(hours=2) if start and rng.random() < 0.5 else None,
                       "place": rng.choice(PLACES), "created_at": NOW - timedelta(days=200), "deleted_at": deleted})
        audits.append({"at": NOW - timedelta(days=200), "action": "create", "entity": "event",
                       "entity_id": str(number)})
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            audits.append({"at": NOW - timedelta(days=rng.randrange(100)), "action": "update", "entity": "event",
                           "entity_id": str(number)})
    complaints = []
    for number in range(1, COMPLAINTS + 1):
        created = NOW - timedelta(days=rng.randrange(400))
        complaints.append({"ticket": f"R-{created.year}-{number:05d}", "description": f"reclamo de prueba {number}",
                           "department": rng.choice(departments), "status": rng.choice(("new", "in_progress",
                                                                                           "resolved", "rejected")),
                           "due_date": created.date() + timedelta(days=14), "created_at": created})
    with Session(engine) as session:
        session.execute(insert(Event), events)
        session.execute(insert(AuditEntry), audits)
        session.execute(insert(Complaint), complaints)
        session.commit()


def _median_ms(run: Callable[[], object], runs: int) -> float:
    run()  # warm caches
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _icalendar_reference(session: Session, settings: Settings) -> bytes:
    """The same entries written with icalendar's component objects: what the feed's writer replaced."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//ES")
    calendar.add("version", "2.0")
    zone = settings.zone
    for row in feed_events(session, NOW.date() - timedelta(days=365), NOW - timedelta(days=30)):
        event = icalendar.Event()
        event.add("uid", f"evento-{row.id}@bench")
        event.add("dtstamp", row.created_at)
        event.add("last-modified", row.created_at)
        event.add("sequence", 0)
        event.add("summary", row.title)
        if row.start_at is None:
            event.add("dtstart", row.day)
        else:
            event.add("dtstart", row.start_at.astimezone(zone))
            event.add("dtend", (row.end_at or row.start_at + timedelta(hours=1)).astimezone(zone))
        if row.place:
            event.add("location", row.place)
        event.add("status", "CANCELLED" if row.cancelled_at else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()


def _get(url: str, init: str) -> bytes:
    request = urllib.request.Request(url, headers={"Authorization": f"tma {init}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def main() -> None:
    rng = random.Random(20261123)
    settings = Settings(staff=(StaffMember(telegram_id=501, name="Bench", role=Role.STAFF),))
    departments = [d.code for d in settings.departments]
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        _fill(engine, rng, departments)
        with Session(engine) as session:
            feed = build_feed(session, settings, NOW)
            plain_sql = text("SELECT id, title, day, start_at, end_at, place, notes, created_at, deleted_at FROM event")
            baseline = _median_ms(lambda: list(session.execute(plain_sql)), FEED_RUNS)
            feed_ms = _median_ms(lambda: build_feed(session, settings, NOW), FEED_RUNS)
            cache = EntryCache()
            warm_ms = _median_ms(lambda: build_feed(session, settings, NOW, cache), FEED_RUNS)
            reference_ms = _median_ms(lambda: _icalendar_reference(session, settings), 3)
        board_ms, me_ms, office_ms, shown = _board(engine, settings, departments[0])
        engine.dispose()
    print(f"feed: {feed.events} entries, {len(feed.content) / 1024:.0f} KiB")
    print(f"  baseline plain SELECT of the rows  median {baseline:7.1f} ms")
    print(f"  build_feed, every entry written    median {feed_ms:7.1f} ms  ({feed_ms / baseline:.1f}x baseline, "
          f"target < {FEED_TARGET_MS:.0f} ms: {'ok' if feed_ms < FEED_TARGET_MS else 'MISSED'})")
    print(f"  build_feed, entries from the cache median {warm_ms:7.1f} ms  ({warm_ms / baseline:.1f}x baseline; what "
          "the server does between changes)")
    print(f"  icalendar components, same entries median {reference_ms:7.1f} ms  ({reference_ms / feed_ms:.1f}x "
          "build_feed)")
    print(f"board: {COMPLAINTS} complaints, department '{departments[0]}' ({shown['total']} open, "
          f"{shown['shown']} shown)")
    print(f"  baseline GET /api/yo               median {me_ms:7.1f} ms")
    print(f"  GET /api/reclamos?departamento=…   median {board_ms:7.1f} ms  ({board_ms / me_ms:.1f}x baseline, "
          f"target < {BOARD_TARGET_MS:.0f} ms: {'ok' if board_ms < BOARD_TARGET_MS else 'MISSED'})")
    print(f"  GET /api/reclamos (whole office, with the per-department counts) median {office_ms:7.1f} ms  "
          f"({office_ms / me_ms:.1f}x baseline)")


def _board(engine: object, settings: Settings, department: str) -> tuple[float, float, float, dict]:
    """Both calls over real HTTP to the real server, on its own loop in a thread (as the bot runs it)."""
    dispatcher = Dispatcher(engine, settings, build_parser(settings), clock=lambda: NOW)
    loop = asyncio.new_event_loop()
    server = WebServer(dispatcher, TOKEN, "127.0.0.1", 0)
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        port = asyncio.run_coroutine_threadsafe(server.start(), loop).result(timeout=30)
        fields = {"auth_date": str(int(NOW.timestamp())), "user": json.dumps({"id": 501, "first_name": "Bench"})}
        init = urlencode({**fields, "hash": sign(fields, TOKEN)})
        base = f"http://127.0.0.1:{port}"
        board_url = f"{base}/api/reclamos?departamento={department}"
        shown = json.loads(_get(board_url, init))
        me_ms = _median_ms(lambda: _get(f"{base}/api/yo", init), BOARD_RUNS)
        board_ms = _median_ms(lambda: _get(board_url, init), BOARD_RUNS)
        office_ms = _median_ms(lambda: _get(f"{base}/api/reclamos", init), BOARD_RUNS)
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
    return board_ms, me_ms, office_ms, shown


if __name__ == "__main__":
    main()
