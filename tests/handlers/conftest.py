"""Handler fixtures: a real SQLite file, default settings, an admin actor, a fixed Monday morning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.context import Actor, Context
from settings import Role, Settings

SANTIAGO = ZoneInfo("America/Santiago")
MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=SANTIAGO)


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def admin() -> Actor:
    return Actor(telegram_id=1001, name="Paula Jefa de Gabinete", role=Role.ADMIN)


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with Session(sqlite_engine, expire_on_commit=False) as open_session:
        yield open_session


@pytest.fixture
def ctx(session: Session, admin: Actor, settings: Settings) -> Context:
    """The context a handler gets; commit the session yourself where a test needs it stored."""
    return Context(session=session, actor=admin, now=MONDAY_MORNING, settings=settings)


@pytest.fixture(scope="module")
def conversation_parser():
    return build_parser(Settings())


@pytest.fixture
def chat(sqlite_engine: Engine, conversation_parser):
    """`chat("llegó invitación …", "sí")`: each line through the dispatcher, the last reply returned."""
    dispatcher = Dispatcher(sqlite_engine, Settings(), conversation_parser, clock=lambda: MONDAY_MORNING)
    actor = Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)

    def say(*lines: str):
        return [dispatcher.handle_text("test:handlers", actor, line) for line in lines][-1]

    say.engine = sqlite_engine  # type: ignore[attr-defined]
    return say
