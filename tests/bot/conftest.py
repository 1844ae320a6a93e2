"""A dispatcher over a real SQLite file with the real parser and handlers, on a fixed Monday morning;
and for the Telegram tests a fake Bot API HTTP server, settings naming its chats, and the real application
long-polling it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from handlers.context import Actor
from settings import Role, Settings
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import MONDAY_MORNING, running, telegram_settings


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


@pytest.fixture
def telegram_dispatcher(sqlite_engine: Engine, parser, api: FakeBotApi) -> Dispatcher:
    """The dispatcher with settings that name the fake Bot API's staff and chats; a Telegram test module
    makes it its `dispatcher`."""
    return Dispatcher(sqlite_engine, telegram_settings(api), parser, clock=lambda: MONDAY_MORNING)


@pytest.fixture
def bot(api: FakeBotApi, dispatcher: Dispatcher) -> Iterator[FakeBotApi]:
    """The real application long-polling the fake Bot API, answering through the module's `dispatcher`."""
    with running(build_application(dispatcher, api.token)):
        yield api
