"""Conversations through the real dispatcher, parser and handlers on a real SQLite file, with a clock
the test moves (pending steps and the focus expire)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.context import Actor
from handlers.reply import Reply
from settings import Role, Settings
from tests.dialogue.talk import KEY, Clock

SANTIAGO = ZoneInfo("America/Santiago")


@pytest.fixture(scope="session")
def parser():
    return build_parser(Settings())


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 9, 0, tzinfo=SANTIAGO))  # a Monday morning


@pytest.fixture
def dispatcher(sqlite_engine: Engine, parser, clock: Clock) -> Dispatcher:
    return Dispatcher(sqlite_engine, Settings(), parser, clock=clock)


@pytest.fixture
def staff() -> Actor:
    return Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)


@pytest.fixture
def chat(dispatcher: Dispatcher, staff: Actor) -> Callable[..., list[Reply]]:
    """Say each line in turn in one conversation; the replies, in order."""

    def say(*lines: str, key: str = KEY) -> list[Reply]:
        return [dispatcher.handle_text(key, staff, line) for line in lines]

    return say
