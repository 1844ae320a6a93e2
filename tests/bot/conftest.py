"""A dispatcher over a real SQLite file with the real parser and handlers, on a fixed Monday morning."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.context import Actor
from settings import Role, Settings

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
