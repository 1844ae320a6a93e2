"""The legal registers' tables on SQLite and PostgreSQL: stored, audited, and undone as one input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from handlers.context import Actor, Context
from handlers.transparency import COMMITS
from settings import Role, Settings
from storage.audit import INPUT_ID, last_undoable_input, undo
from storage.database import transaction
from storage.legal import TransparencyRequest, TransparencyStep

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
ANA = Actor(7, "Ana", Role.STAFF)


def test_a_registration_is_undone_whole_on_either_database(engine: Engine) -> None:
    with transaction(engine) as session:
        session.info[INPUT_ID] = "input-1"
        ctx = Context(session=session, actor=ANA, now=NOW, settings=Settings())
        COMMITS["transparency.create"](ctx, {"folio": "mu042t0000815", "requester": "Camila Rojas",
                                             "subject": "contratos de aseo", "department": "aseo"})
    with Session(engine) as session:
        [stored] = session.exec(select(TransparencyRequest)).all()
        assert (stored.folio, stored.received_on, stored.due_on) == ("MU042T0000815", date(2026, 12, 2),
                                                                     date(2027, 1, 4))
    with transaction(engine) as session:
        entries = last_undoable_input(session, ANA.telegram_id)
        assert {entry.entity for entry in entries} == {"transparency_request", "transparency_step"}
        for entry in entries:
            undo(session, entry, ANA.telegram_id, NOW + timedelta(minutes=1))
    with Session(engine) as session:
        for model in (TransparencyRequest, TransparencyStep):
            assert session.exec(select(model).where(col(model.deleted_at).is_(None))).all() == []
