"""Several writers and processes at once on SQLite and on the real PostgreSQL: no error, no gap, no duplicate."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.database import current_revision, make_engine, transaction
from storage.models import Contact
from storage.tickets import next_ticket
from tests.conftest import PG_URL, _libpq_url

WRITERS = 8


def test_writers_racing_for_the_first_ticket_of_a_year_get_one_number_each(engine: Engine) -> None:
    """Eight complaints, the first of their year, written at the same instant, for several new years."""
    for year in (2031, 2032, 2033):
        start = threading.Barrier(WRITERS)

        def take(_index: int, year: int = year, start: threading.Barrier = start) -> str:
            start.wait()
            with transaction(engine) as session:
                return next_ticket(session, year)

        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            tickets = list(pool.map(take, range(WRITERS)))
        assert sorted(tickets) == [f"R-{year}-{n:04d}" for n in range(1, WRITERS + 1)]


def test_nul_in_a_text_is_stripped_instead_of_failing_the_write(engine: Engine) -> None:
    with transaction(engine) as session:
        session.add(Contact(name="Ana\x00 Ruiz", notes="pegado\x00 desde otra app", search_text="ana ruiz",
                            updated_at=datetime(2026, 11, 23, 12, tzinfo=UTC)))
    with transaction(engine) as session:
        [stored] = session.exec(select(Contact).where(Contact.name == "Ana\x00 Ruiz")).all()
    assert (stored.name, stored.notes) == ("Ana Ruiz", "pegado desde otra app")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path, postgres_reason: str | None) -> Iterator[str]:
    """The URL of a database with no schema at all, as a first start finds it."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'nueva.db'}"
        return
    if postgres_reason:
        pytest.skip(postgres_reason)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
        connection.execute(f'create schema "{schema}"')
    try:
        yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
            connection.execute(f'drop schema "{schema}" cascade')


@pytest.mark.slow
def test_two_processes_starting_on_an_empty_database_both_migrate_it(empty_database: str, tmp_path: Path) -> None:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    environ["GABINETE_DATABASE_URL"] = empty_database
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    processes = [subprocess.Popen([sys.executable, "-m", "bot.cli", "db", "upgrade"], cwd=tmp_path, env=environ,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=120)[0] for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    engine = make_engine(empty_database)
    try:
        revision = current_revision(engine)
        assert revision and all(f"versión {revision}" in output for output in outputs)
    finally:
        engine.dispose()


def test_the_sqlite_file_and_its_companions_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        engine = make_engine(f"sqlite:///{tmp_path / 'gabinete.db'}")
        from storage.database import upgrade

        upgrade(engine)
        with engine.connect() as connection:  # the WAL and shared-memory files exist while a connection is open
            connection.exec_driver_sql("select count(*) from contact").scalar()
            files = sorted(tmp_path.glob("gabinete.db*"))
            modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in files}
        engine.dispose()
    finally:
        os.umask(previous)
    assert set(modes) == {"gabinete.db", "gabinete.db-wal", "gabinete.db-shm"}
    assert set(modes.values()) == {0o600}, modes
