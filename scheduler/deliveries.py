"""Exactly-once bookkeeping on `Delivery`: who may send a message, and what became of it.

The right to send is won in the database, never in memory, so a restart, a second process, a late
(misfired) job or a retry cannot send the same message twice:

- first try: INSERT the row (its unique key is kind, chat, item); an IntegrityError means another
  process already has it, and this one does not send;
- retry: an atomic compare-and-set UPDATE ... WHERE sent_at IS NULL AND attempts = :seen, so of
  two claimers only one wins. `attempts` counts tries begun (1 after the INSERT).

A try is given `LEASE` to finish (the sender is cut off well before that) before anyone may try
again: that covers a process that crashed between the INSERT and the send. The start of try n > 1
is recorded as a `ProcessedKey` (`delivery:<id>:<n>`) in the claiming transaction, because the
row only keeps its creation time.

A try whose request went out but got no answer may have put the message in the chat: it is marked
uncertain (`delivery:<id>:uncertain`, beside its error) and never retried, since retrying is how a
briefing reached the mayor twice: a message that never came is named in the log and can be sent by
hand (`gabinete briefing --send --force`), while one sent twice cannot be taken back. Only a try that
certainly failed (refused, flood control, no connection) is retried. Both kinds of key matter only
during the row's own day, so the 30-day pruning of `processed_key` is safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select, update

from storage.database import transaction
from storage.models import Delivery, ProcessedKey

LEASE = timedelta(minutes=3)
ERROR_LENGTH = 500


@dataclass(frozen=True)
class Claim:
    """The right to make try number `attempt` of delivery `delivery_id`."""

    delivery_id: int
    attempt: int


def claim(engine: Engine, kind: str, chat_id: int, item_key: str, for_day: date, now: datetime) -> Claim | None:
    """Insert the row that decides this message goes; None when another process decided it first."""
    row = Delivery(kind=kind, chat_id=chat_id, item_key=item_key, for_day=for_day, created_at=now, attempts=1)
    try:
        with transaction(engine) as session:
            session.add(row)
    except IntegrityError:
        return None
    return Claim(row.id or 0, 1)


def claim_again(engine: Engine, delivery: Delivery, now: datetime) -> Claim | None:
    """Compare-and-set on `attempts`: only one of several claimers that saw the same row wins the retry."""
    attempt = delivery.attempts + 1
    with transaction(engine) as session:
        won = session.exec(update(Delivery)
                           .where(col(Delivery.id) == delivery.id, col(Delivery.sent_at).is_(None),
                                  col(Delivery.attempts) == delivery.attempts)
                           .values(attempts=attempt))
        if won.rowcount != 1:
            return None
        session.add(ProcessedKey(key=_attempt_key(delivery.id or 0, attempt), at=now))
    return Claim(delivery.id or 0, attempt)


def mark_sent(engine: Engine, held: Claim, now: datetime) -> None:
    with transaction(engine) as session:
        session.exec(update(Delivery).where(col(Delivery.id) == held.delivery_id, col(Delivery.sent_at).is_(None))
                     .values(sent_at=now))


def mark_failed(engine: Engine, held: Claim, error: str, parts_sent: int | None = None) -> None:
    """Keep the row unsent with the reason and, when known, how many of its messages arrived (the retry
    starts after them); ignored if a later try has taken over meanwhile."""
    arrived = {} if parts_sent is None else {"parts_sent": parts_sent}
    with transaction(engine) as session:
        session.exec(update(Delivery)
                     .where(col(Delivery.id) == held.delivery_id, col(Delivery.sent_at).is_(None),
                            col(Delivery.attempts) == held.attempt)
                     .values(last_error=error[:ERROR_LENGTH], **arrived))


def mark_uncertain(engine: Engine, held: Claim, error: str, now: datetime) -> bool:
    """Record that this try may have delivered the message, so that no retry sends it again.

    False (nothing recorded) if a later try has taken over or the row was sent meanwhile.
    """
    key = _uncertain_key(held.delivery_id)
    with transaction(engine) as session:
        won = session.exec(update(Delivery)
                           .where(col(Delivery.id) == held.delivery_id, col(Delivery.sent_at).is_(None),
                                  col(Delivery.attempts) == held.attempt)
                           .values(last_error=error[:ERROR_LENGTH]))
        if won.rowcount != 1:
            return False
        if session.get(ProcessedKey, key) is None:  # already there after a forced `briefing --send`
            session.add(ProcessedKey(key=key, at=now))
    return True


def retry_candidates(engine: Engine, today: date, now: datetime) -> list[Delivery]:
    """Unsent rows of today or later, not left uncertain, whose last try began more than `LEASE` ago."""
    with Session(engine, expire_on_commit=False) as session:
        rows = list(session.exec(select(Delivery).where(col(Delivery.sent_at).is_(None),
                                                        col(Delivery.for_day) >= today)
                                 .order_by(col(Delivery.id))).all())
        starts = _try_starts(session, rows)
        doubtful = uncertain(session, rows)
    return [row for row in rows
            if row.id not in doubtful and starts.get(row.id or 0, row.created_at) <= now - LEASE]


def left_uncertain(engine: Engine, rows: list[Delivery]) -> frozenset[int]:
    """For the history: the unsent rows whose message may be in the chat all the same."""
    with Session(engine) as session:
        return frozenset(uncertain(session, rows))


def uncertain(session: Session, rows: list[Delivery]) -> set[int]:
    """The ids among `rows` whose last try may have delivered the message (see `mark_uncertain`)."""
    keys = {_uncertain_key(row.id or 0): row.id or 0 for row in rows if row.sent_at is None}
    if not keys:
        return set()
    found = session.exec(select(ProcessedKey.key).where(col(ProcessedKey.key).in_(list(keys)))).all()
    return {keys[key] for key in found}


def _try_starts(session: Session, rows: list[Delivery]) -> dict[int, datetime]:
    keys = {_attempt_key(row.id or 0, row.attempts): row.id or 0 for row in rows if row.attempts > 1}
    if not keys:
        return {}
    found = session.exec(select(ProcessedKey).where(col(ProcessedKey.key).in_(list(keys)))).all()
    return {keys[entry.key]: entry.at for entry in found}


def _attempt_key(delivery_id: int, attempt: int) -> str:
    return f"delivery:{delivery_id}:{attempt}"


def _uncertain_key(delivery_id: int) -> str:
    return f"delivery:{delivery_id}:uncertain"


def find(engine: Engine, kind: str, chat_id: int, item_key: str) -> Delivery | None:
    with Session(engine, expire_on_commit=False) as session:
        return session.exec(select(Delivery).where(Delivery.kind == kind, Delivery.chat_id == chat_id,
                                                   Delivery.item_key == item_key)).first()


def history(engine: Engine, limit: int = 50) -> list[Delivery]:
    """The latest deliveries, newest first: what went where and when, or why it did not."""
    with Session(engine, expire_on_commit=False) as session:
        query = select(Delivery).order_by(col(Delivery.created_at).desc(), col(Delivery.id).desc()).limit(limit)
        return list(session.exec(query).all())
