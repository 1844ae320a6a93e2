"""`gabinete export agenda --ics FILE`: the same feed `/calendario/<token>.ics` serves, written to a file
(to import once into a calendar, or to check what subscribed phones receive)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from bot.web.ical import build_feed
from settings import Settings
from storage.database import open_database


def export_ics(settings: Settings, args: argparse.Namespace) -> int:
    if args.what != "agenda":
        print("--ics solo sirve con agenda: gabinete export agenda --ics agenda.ics", file=sys.stderr)
        return 2
    engine = open_database(settings.database_url)
    try:
        with Session(engine) as session:
            feed = build_feed(session, settings, datetime.now(UTC))
    finally:
        engine.dispose()
    path = Path(args.ics)
    path.write_bytes(feed.content)
    print(f"Exportado {path}: {feed.events} {'entrada' if feed.events == 1 else 'entradas'} de calendario.")
    return 0
