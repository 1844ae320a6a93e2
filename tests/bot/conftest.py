"""A dispatcher over a real SQLite file with the real parser and handlers, on a fixed Monday morning;
and a fake Bot API HTTP server for the Telegram tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.context import Actor
from settings import Role, Settings
from tests.bot.fake_bot_api import FakeBotApi

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/Santiago"))


@pytest.fixture(scope="session")
def parser():
    return build_parser(Settings())


@pytest.fixture
def dispatcher(sqlite_engine: Engine, parser) -> Dispatcher:
    return Dispatcher(sqlite_engine, Settings(), parser, clock=lambda: MONDAY_MORNING)


@pytest.fixture
def staff() -> Actor:
    return Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)


@pytest.fixture
def viewer() -> Actor:
    return Actor(telegram_id=777, name="Visita Lectora", role=Role.VIEWER)


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API on 127.0.0.1, served for the length of one test."""
    with FakeBotApi() as fake:
        yield fake
