"""Where a chat is reached after Telegram turned it into a supergroup (old id → new id, chains included).

The configuration keeps naming a group by the id it had when it was written; these rows let every
start-up, and every process (bot, `gabinete briefing --send`), reach it at its current id.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import exists
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select, update

from storage.database import transaction
from storage.models import AuditEntry, ChatMigration, Delivery


def moves(session: Session) -> dict[int, int]:
    """Every migration known, old id → new id."""
    return {row.old_chat_id: row.new_chat_id for row in session.exec(select(ChatMigration))}


def follow(known: Mapping[int, int], chat_id: int) -> int:
    """The current id of `chat_id`: a → b → c gives c. A loop (Telegram never makes one) stops before repeating."""
    seen = {chat_id}
    while chat_id in known and known[chat_id] not in seen:
        chat_id = known[chat_id]
        seen.add(chat_id)
    return chat_id


def current_chat(session: Session, chat_id: int) -> int:
    return follow(moves(session), chat_id)


def record_migration(engine: Engine, old: int, new: int, at: datetime) -> bool:
    """Store old → new with an audit row; False when it was already known.

    Telegram announces one migration twice (in the old group and in the new supergroup), and a send
    to the old id reports it again, possibly from another process: only the first one writes.
    Deliveries already decided for the old id move with it, so one already sent is not sent again
    under the new id.
    """
    try:
        with transaction(engine) as session:
            if session.get(ChatMigration, old) is not None:
                return False
            session.add(ChatMigration(old_chat_id=old, new_chat_id=new, migrated_at=at))
            session.add(AuditEntry(at=at, actor_id=None, action="migrate", entity="chat", entity_id=str(old),
                                   after={"new_chat_id": new}))
            _move_deliveries(session, old, new)
    except IntegrityError:
        return False
    return True


def _move_deliveries(session: Session, old: int, new: int) -> None:
    """Re-address the old chat's deliveries, except one the new id already has (then the old row stays behind)."""
    other = aliased(Delivery)
    clash = exists().where(col(other.chat_id) == new, col(other.kind) == col(Delivery.kind),
                           col(other.item_key) == col(Delivery.item_key))
    session.exec(update(Delivery).where(col(Delivery.chat_id) == old, ~clash).values(chat_id=new))
