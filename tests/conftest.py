"""Shared fixtures: a real database on SQLite and on PostgreSQL, each with a fresh schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from storage.database import open_database

PG_URL = os.environ.get("GABINETE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_reason() -> str | None:
    """Why PostgreSQL cannot be used here, or None when it answers."""
    try:
        import psycopg
    except ImportError:
        return "psycopg no está instalado"
    try:
        with psycopg.connect(_libpq_url(PG_URL), connect_timeout=3) as connection:
            connection.execute("select 1")
    except psycopg.Error as error:
        return f"PostgreSQL no responde en {PG_URL}: {str(error).strip().splitlines()[0]}"
    return None


def _libpq_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(scope="session")
def postgres_reason() -> str | None:
    return _postgres_reason()


def _postgres_engine(reason: str | None) -> Iterator[Engine]:
    """A throwaway schema per use, so parallel test runs and leftovers never collide."""
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
        connection.execute(f'create schema "{schema}"')
    separator = "&" if "?" in PG_URL else "?"
    engine = open_database(f"{PG_URL}{separator}options=-csearch_path%3D{schema}")
    try:
        yield engine
    finally:
        engine.dispose()
        with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
            connection.execute(f'drop schema "{schema}" cascade')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path, postgres_reason: str | None) -> Iterator[Engine]:
    """The same test on a SQLite file and on PostgreSQL (skipped with the reason when none answers)."""
    if request.param == "sqlite":
        sqlite_engine = open_database(f"sqlite:///{tmp_path / 'gabinete.db'}")
        yield sqlite_engine
        sqlite_engine.dispose()
    else:
        yield from _postgres_engine(postgres_reason)


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[Engine]:
    """A real SQLite file, for tests about behaviour rather than the database."""
    engine = open_database(f"sqlite:///{tmp_path / 'gabinete.db'}")
    yield engine
    engine.dispose()


@pytest.fixture(autouse=True)
def _log_masking_undone() -> Iterator[None]:
    """A command run in-process (`bot.cli.main`) masks its settings' secrets in every later log record of
    the process; undone after each test, so no test sees another's masking."""
    yield
    from bot.redaction import uninstall

    uninstall()
