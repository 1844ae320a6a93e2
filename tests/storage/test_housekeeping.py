"""Idempotency keys are kept as long as a repeat can come, then deleted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.database import transaction
from storage.housekeeping import KEEP, prune_processed_keys
from storage.models import ProcessedKey

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_keys_older_than_the_keeping_time_are_deleted_and_recent_ones_kept(engine: Engine) -> None:
    with transaction(engine) as session:
        for key, age in (("tg-msg:1:1", KEEP + timedelta(days=1)), ("delivery:3:2", KEEP + timedelta(minutes=1)),
                         ("tg-msg:1:2", KEEP - timedelta(minutes=1)), ("tg-press:q1", timedelta(hours=1))):
            session.add(ProcessedKey(key=key, at=NOW - age))
    assert prune_processed_keys(engine, NOW) == 2
    with Session(engine) as session:
        assert session.exec(select(ProcessedKey.key).order_by(col(ProcessedKey.key))).all() == [
            "tg-msg:1:2", "tg-press:q1"]
    assert prune_processed_keys(engine, NOW) == 0
