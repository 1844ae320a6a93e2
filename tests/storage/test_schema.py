"""The schema: migrations, instants, tickets, audit and undo on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from storage.audit import AuditAction, recent_undoable, record_change, snapshot, undo
from storage.database import alembic_config, current_revision, make_engine, transaction, upgrade
from storage.models import Complaint, Contact, Delivery, Event, Invitation
from storage.tickets import next_ticket, parse_ticket

SANTIAGO_SUMMER = timezone(timedelta(hours=-3))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
EXPECTED_TABLES = {"invitation", "event", "contact", "complaint", "complaint_change", "efemeride", "delivery",
                   "audit_entry", "staff_member", "pending_action", "processed_key", "ticket_counter", "chat_migration"}


def test_upgrade_of_an_empty_database_creates_every_table(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    assert current_revision(engine) is None
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= EXPECTED_TABLES
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert current_revision(engine) == head
    upgrade(engine)  # a second start-up changes nothing
    assert current_revision(engine) == head


def test_every_table_exists_after_upgrade(engine) -> None:
    assert set(inspect(engine).get_table_names()) >= EXPECTED_TABLES


def test_instant_comes_back_in_utc_and_equal(engine) -> None:
    local = datetime(2026, 12, 4, 20, 0, tzinfo=SANTIAGO_SUMMER)
    with transaction(engine) as session:
        session.add(Event(title="cena anual", day=local.date(), start_at=local, created_at=NOW))
    with transaction(engine) as session:
        stored = session.exec(select(Event)).one()
    assert stored.start_at == local
    assert stored.start_at.utcoffset() == timedelta(0)
    assert stored.start_at.hour == 23


def test_naive_instant_is_refused(engine) -> None:
    with pytest.raises(Exception, match="timezone-aware"), transaction(engine) as session:
        session.add(Event(title="x", day=date(2026, 12, 1), start_at=datetime(2026, 12, 1, 10), created_at=NOW))


def test_all_day_activity_is_a_date_without_time(engine) -> None:
    with transaction(engine) as session:
        session.add(Event(title="Día de la comuna", day=date(2027, 2, 14), created_at=NOW))
    with transaction(engine) as session:
        stored = session.exec(select(Event)).one()
    assert stored.day == date(2027, 2, 14)
    assert stored.start_at is None


def test_tickets_follow_a_sequence_per_year(engine) -> None:
    with transaction(engine) as session:
        first = [next_ticket(session, 2026) for _ in range(3)]
        other_year = next_ticket(session, 2027)
    with transaction(engine) as session:
        later = next_ticket(session, 2026)
    assert first == ["R-2026-0001", "R-2026-0002", "R-2026-0003"]
    assert other_year == "R-2027-0001"
    assert later == "R-2026-0004"


def test_rolled_back_complaint_gives_its_ticket_number_back(engine) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as session:
        next_ticket(session, 2026)
        raise RuntimeError("falla antes de guardar")
    with transaction(engine) as session:
        assert next_ticket(session, 2026) == "R-2026-0001"


def test_two_complaints_cannot_share_a_ticket(engine) -> None:
    with transaction(engine) as session:
        session.add(Complaint(ticket="R-2026-0001", description="basura", created_at=NOW))
    with pytest.raises(IntegrityError), transaction(engine) as session:
        session.add(Complaint(ticket="R-2026-0001", description="otra", created_at=NOW))


@pytest.mark.parametrize(("typed", "ticket"), [
    ("R-2026-0042", "R-2026-0042"), ("r-2026-42", "R-2026-0042"), ("42", "R-2026-0042"),
    ("2025-7", "R-2025-0007"), ("reclamo", None),
])
def test_ticket_is_read_in_the_forms_staff_type(typed: str, ticket: str | None) -> None:
    assert parse_ticket(typed, 2026) == ticket


def test_a_delivery_is_recorded_once_per_kind_chat_and_item(engine) -> None:
    with transaction(engine) as session:
        session.add(Delivery(kind="briefing", chat_id=-100123, item_key="2026-11-23", for_day=date(2026, 11, 23),
                             created_at=NOW))
    with pytest.raises(IntegrityError), transaction(engine) as session:
        session.add(Delivery(kind="briefing", chat_id=-100123, item_key="2026-11-23", for_day=date(2026, 11, 23),
                             created_at=NOW))


def test_undo_of_a_creation_soft_deletes_it(engine) -> None:
    with transaction(engine) as session:
        invitation = Invitation(title="cena anual", organizer="Cámara de Comercio", received_at=NOW)
        session.add(invitation)
        record_change(session, 7, AuditAction.CREATE, invitation, None, NOW)
    with transaction(engine) as session:
        entry, = recent_undoable(session, 7, 1)
        assert entry.entity == "invitation"
        undo(session, entry, 7, NOW + timedelta(minutes=1))
    with transaction(engine) as session:
        stored = session.exec(select(Invitation)).one()
        assert stored.deleted_at is not None
        assert recent_undoable(session, 7, 1) == []


def test_undo_of_an_update_restores_the_earlier_values(engine) -> None:
    with transaction(engine) as session:
        contact = Contact(name="Juan Soto", phone="+56911111111", updated_at=NOW)
        session.add(contact)
        record_change(session, 7, AuditAction.CREATE, contact, None, NOW)
    with transaction(engine) as session:
        contact = session.exec(select(Contact)).one()
        before = snapshot(contact)
        contact.phone = "+56922222222"
        contact.updated_at = NOW + timedelta(hours=1)
        record_change(session, 7, AuditAction.UPDATE, contact, before, NOW + timedelta(hours=1))
    with transaction(engine) as session:
        undo(session, recent_undoable(session, 7, 1)[0], 7, NOW + timedelta(hours=2))
    with transaction(engine) as session:
        restored = session.exec(select(Contact)).one()
    assert restored.phone == "+56911111111"
    assert restored.deleted_at is None
    assert restored.updated_at == NOW


def test_undo_only_touches_the_actors_own_writes(engine) -> None:
    with transaction(engine) as session:
        event = Event(title="punto de prensa", day=date(2026, 11, 23), created_at=NOW)
        session.add(event)
        record_change(session, 1, AuditAction.CREATE, event, None, NOW)
    with transaction(engine) as session:
        assert recent_undoable(session, 2, 1) == []


def test_concurrent_writers_on_one_sqlite_file_wait_their_turn(tmp_path) -> None:
    """Two processes (two engines) taking tickets at once: none fails with "database is locked"."""
    from concurrent.futures import ThreadPoolExecutor

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    engines = [make_engine(url) for _ in range(2)]
    upgrade(engines[0])

    def take(index: int) -> str:
        with transaction(engines[index % 2]) as session:
            session.exec(select(Complaint)).all()  # read first, then write: the risky order under WAL
            return next_ticket(session, 2026)

    with ThreadPoolExecutor(max_workers=8) as pool:
        tickets = list(pool.map(take, range(40)))
    assert sorted(tickets) == [f"R-2026-{n:04d}" for n in range(1, 41)]
