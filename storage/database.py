"""The engine, sessions and schema upgrades for SQLite (default) and PostgreSQL.

The SQLite file and its WAL and shared-memory files hold residents' names and phones: they are
created readable by their owner only. Schema upgrades are serialised between processes (two bots,
or a bot and `gabinete db upgrade`, starting on an empty database at once): a PostgreSQL advisory
lock, and on SQLite the write lock that the migration's transaction takes first (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

from storage.errors import DatabaseUnavailable
from storage.types import storable

PRIVATE = 0o600
MIGRATION_LOCK = 0x6761_6269_6E65_7465
"""The advisory lock key that serialises schema upgrades on PostgreSQL ('gabinete' in ASCII)."""


def make_engine(url: str) -> Engine:
    """SQLite gets WAL, foreign keys and a busy timeout, so the bot and the CLI can share one file."""
    if url.startswith("sqlite"):
        _create_private(make_url(url).database)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _storable, retval=True)
    return engine


def _storable(_connection: Connection, _cursor: object, statement: str, parameters: object, _context: object,
              _executemany: bool) -> tuple[str, object]:
    return statement, storable(parameters)


def _create_private(database: str | None) -> None:
    """Create the SQLite file and its WAL and shared-memory companions 0600 before SQLite does (it would use
    0644 under the usual umask; SQLite gives the companions the main file's permissions when it creates them).
    An existing file keeps the permissions its owner chose."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.is_dir() and not path.exists():
        with contextlib.suppress(FileExistsError):  # another process starting at once created it first
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))


def _sqlite_connect(connection: object, _record: object) -> None:
    """SQLAlchemy's recipe: the driver stops starting transactions itself, `_sqlite_begin` does it."""
    connection.isolation_level = None  # type: ignore[attr-defined]
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """Take the write lock up front: a unit of work reads before it writes (pending dialogue, ticket
    counter), and under WAL a deferred transaction whose snapshot went stale cannot upgrade to a
    writer; it fails at once with "database is locked" instead of waiting its turn."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back (nothing stored) on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op on an up-to-date database.

    On PostgreSQL a session advisory lock, held on a connection of its own, makes a second process
    wait until the first has migrated and then find nothing to do (both creating `alembic_version`
    made one fail). SQLite needs nothing more: the migration's transaction starts with BEGIN IMMEDIATE.
    """
    with reachable(engine):
        if engine.dialect.name != "postgresql":
            command.upgrade(alembic_config(engine), "head")
            return
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock:  # no transaction held open
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                command.upgrade(alembic_config(engine), "head")
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with reachable(engine), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def reachable(engine: Engine) -> Iterator[None]:
    """A database that cannot be reached (server down, wrong host, no such folder) is one clear error,
    not the driver's traceback: `DatabaseUnavailable` names the URL (without its password) and the cause."""
    try:
        yield
    except (OperationalError, DBAPIError) as error:
        if not isinstance(error, OperationalError) and not error.connection_invalidated:
            raise
        cause = str(error.orig or error).strip().splitlines()[0] if str(error.orig or error).strip() else ""
        raise DatabaseUnavailable(engine.url.render_as_string(hide_password=True), cause) from None


def open_database(url: str) -> Engine:
    """The engine for `url`, with the schema upgraded: what every entry point calls at start-up."""
    engine = make_engine(url)
    upgrade(engine)
    return engine
