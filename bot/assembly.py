"""Build the transport-free core once: database (upgraded, seeded), parser, dispatcher.

The console chat and the Telegram bot both start here, so they see the same office.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.dispatcher import Dispatcher
from handlers.working_days import is_public_holiday
from nlu import DepartmentRoute, Parser
from settings import Settings
from storage.database import open_database, transaction
from storage.housekeeping import prune_processed_keys
from storage.seed.efemerides import seed_efemerides


def build_parser(settings: Settings) -> Parser:
    return Parser([DepartmentRoute(d.code, tuple(d.words), d.name) for d in settings.departments],
                  public_holiday=is_public_holiday)


def build_dispatcher(settings: Settings, clock: Callable[[], datetime] | None = None) -> Dispatcher:
    """Upgrade the schema and, on a brand-new database, load the national efemérides; drop stale
    idempotency keys (by the real time: they are about Telegram's redeliveries, not the office's clock)."""
    engine = open_database(settings.database_url)
    with transaction(engine) as session:
        seed_efemerides(session, (clock or (lambda: datetime.now(UTC)))())
    prune_processed_keys(engine, datetime.now(UTC))
    return Dispatcher(engine, settings, build_parser(settings), clock)
