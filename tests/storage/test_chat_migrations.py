"""Chat migrations: a group that became a supergroup is reached at its new id, after restarts too."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

from sqlmodel import Session, select

from storage.database import transaction
from storage.models import AuditEntry, ChatMigration, Delivery
from storage.queries.chat_migrations import current_chat, follow, moves, record_migration

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GROUP, SUPERGROUP, LATER = -4001, -1004001, -1004002


def test_an_id_that_never_migrated_is_its_own_current_id() -> None:
    assert follow({GROUP: SUPERGROUP}, -555) == -555


def test_a_chain_of_migrations_is_followed_to_its_end() -> None:
    assert follow({GROUP: SUPERGROUP, SUPERGROUP: LATER}, GROUP) == LATER
    assert follow({GROUP: SUPERGROUP, SUPERGROUP: LATER}, SUPERGROUP) == LATER


def test_a_loop_stops_instead_of_hanging() -> None:
    assert follow({GROUP: SUPERGROUP, SUPERGROUP: GROUP}, GROUP) == SUPERGROUP


def test_a_migration_is_kept_and_audited_once_however_often_it_is_announced(engine) -> None:
    assert record_migration(engine, GROUP, SUPERGROUP, NOW) is True
    assert record_migration(engine, GROUP, SUPERGROUP, NOW) is False
    with Session(engine) as session:
        assert moves(session) == {GROUP: SUPERGROUP}
        audit = session.exec(select(AuditEntry).where(AuditEntry.entity == "chat")).all()
        [stored] = session.exec(select(ChatMigration)).all()
    assert [(entry.action, entry.entity_id, entry.after) for entry in audit] == [
        ("migrate", str(GROUP), {"new_chat_id": SUPERGROUP})]
    assert stored.migrated_at == NOW


def test_chains_are_followed_from_the_database(engine) -> None:
    record_migration(engine, GROUP, SUPERGROUP, NOW)
    record_migration(engine, SUPERGROUP, LATER, NOW)
    with Session(engine) as session:
        assert current_chat(session, GROUP) == LATER
        assert current_chat(session, -555) == -555


def test_processes_announcing_the_same_migration_at_once_store_it_once(engine) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        firsts = list(pool.map(lambda _n: record_migration(engine, GROUP, SUPERGROUP, NOW), range(8)))
    assert firsts.count(True) == 1
    with Session(engine) as session:
        assert len(session.exec(select(AuditEntry).where(AuditEntry.entity == "chat")).all()) == 1


def _delivery(chat_id: int, item_key: str) -> Delivery:
    return Delivery(kind="briefing", chat_id=chat_id, item_key=item_key, for_day=date(2026, 11, 23), created_at=NOW,
                    sent_at=NOW, attempts=1)


def test_deliveries_already_decided_move_to_the_new_id(engine) -> None:
    """So today's briefing, sent to the old group, is not sent again to the supergroup after a restart."""
    with transaction(engine) as session:
        session.add_all([_delivery(GROUP, "2026-11-23"), _delivery(GROUP, "2026-11-22"),
                         _delivery(SUPERGROUP, "2026-11-22"), _delivery(-555, "2026-11-23")])
    record_migration(engine, GROUP, SUPERGROUP, NOW)
    with Session(engine) as session:
        rows = {(row.chat_id, row.item_key) for row in session.exec(select(Delivery))}
    assert rows == {(SUPERGROUP, "2026-11-23"), (SUPERGROUP, "2026-11-22"), (GROUP, "2026-11-22"),
                    (-555, "2026-11-23")}
