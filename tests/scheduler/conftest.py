"""Scheduler fixtures: settings with the mayor's and a department's chat, senders that record or fail, a clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from msgspec.structs import replace

from handlers.reply import Reply
from settings import Settings
from settings.model import TelegramSettings

SANTIAGO = ZoneInfo("America/Santiago")
MAYOR_CHAT = -1001
ASEO_CHAT = -2001


@pytest.fixture
def settings() -> Settings:
    defaults = Settings()
    departments = tuple(replace(d, chat_id=ASEO_CHAT) if d.code == "aseo" else d for d in defaults.departments)
    return replace(defaults, departments=departments, telegram=TelegramSettings(mayor_chat_id=MAYOR_CHAT))


@dataclass
class RecordingSender:
    """Keeps what was sent; `failures` makes the next sends raise (like a 429 left after PTB's retries)."""

    sent: list[tuple[int, Reply]] = field(default_factory=list)
    failures: int = 0

    async def send(self, chat_id: int, reply: Reply, skip: int = 0) -> None:
        if self.failures:
            self.failures -= 1
            raise RuntimeError("429 Too Many Requests: retry after 30")
        self.sent.append((chat_id, reply))

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [reply.text for chat, reply in self.sent if chat_id is None or chat == chat_id]


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender()


@dataclass
class Clock:
    """An injected clock the test moves by hand."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    """Monday 23 November 2026 at the briefing time; tests move `clock.now`."""
    return Clock(datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO))
