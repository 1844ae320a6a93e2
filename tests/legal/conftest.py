"""Legal-register fixtures: the real dispatcher on a real SQLite file with a clock the test moves, and
settings with the cabinet group and Aseo's chat configured."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from msgspec.structs import replace
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.context import Actor
from handlers.reply import Reply
from settings import Role, Settings
from settings.model import TelegramSettings
from tests.scheduler.conftest import RecordingSender

SANTIAGO = ZoneInfo("America/Santiago")
MAYOR_CHAT = -1001
ASEO_CHAT = -2001
KEY = "legal:chat"


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def at(self, year: int, month: int, day: int, hour: int = 9) -> None:
        self.now = datetime(year, month, day, hour, 0, tzinfo=SANTIAGO)


@pytest.fixture(scope="session")
def parser():
    return build_parser(Settings())


@pytest.fixture
def settings() -> Settings:
    defaults = Settings()
    departments = tuple(replace(d, chat_id=ASEO_CHAT) if d.code == "aseo" else d for d in defaults.departments)
    return replace(defaults, departments=departments, telegram=TelegramSettings(mayor_chat_id=MAYOR_CHAT))


@pytest.fixture
def clock() -> Clock:
    """Wednesday 2 December 2026, 09:00 in Santiago."""
    return Clock(datetime(2026, 12, 2, 9, 0, tzinfo=SANTIAGO))


@pytest.fixture
def dispatcher(sqlite_engine: Engine, settings: Settings, parser, clock: Clock) -> Dispatcher:
    return Dispatcher(sqlite_engine, settings, parser, clock=clock)


@pytest.fixture
def staff() -> Actor:
    return Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)


def say(dispatcher: Dispatcher, actor: Actor, *lines: str) -> list[Reply]:
    replies = [dispatcher.handle_text(KEY, actor, line) for line in lines]
    assert all(reply is not None for reply in replies)
    return replies  # type: ignore[return-value]


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender()
