"""Handler fixtures: a real SQLite file, default settings, an admin actor, a fixed Monday morning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

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
