"""Keeping bookkeeping tables from growing without end.

`processed_key` gets a row for every message, button press and delivery retry, so that a repeat is
applied once; it was never emptied. A repeat can only come while Telegram still holds the update
(it keeps them 24 hours) or while a delivery is retried (its own day), so rows older than `KEEP`
can no longer stop anything and are deleted.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import col

from storage.database import transaction
from storage.models import ProcessedKey

KEEP = timedelta(days=30)


def prune_processed_keys(engine: Engine, now: datetime, keep: timedelta = KEEP) -> int:
    """Delete the idempotency keys recorded before `now - keep`; how many went."""
    with transaction(engine) as session:
        result = session.connection().execute(delete(ProcessedKey).where(col(ProcessedKey.at) < now - keep))
        return result.rowcount or 0
