"""Everything a use case needs besides what was understood: the session, who asks, when, the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlmodel import Session, SQLModel

from handlers.focus import NO_FOCUS, Focus
from settings import Role, Settings
from storage.audit import AuditAction, record_change


@dataclass(frozen=True)
class Actor:
    telegram_id: int | None
    name: str
    role: Role

    @property
    def can_write(self) -> bool:
        return self.role in (Role.ADMIN, Role.STAFF)

    @property
    def can_answer_invitations(self) -> bool:
        return self.role in (Role.ADMIN, Role.STAFF, Role.MAYOR)


@dataclass(frozen=True)
class Context:
    """`now` is timezone-aware; `today` and `local()` are in the configured zone."""

    session: Session
    actor: Actor
    now: datetime
    settings: Settings
    focus: Focus = NO_FOCUS
    """What the conversation is about (records and list last shown); empty outside a chat."""

    @property
    def today(self) -> date:
        return self.now.astimezone(self.settings.zone).date()

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.settings.zone)

    def store(self, record: SQLModel, action: AuditAction, before: dict[str, Any] | None = None) -> None:
        """Add a user's write to the session with its audit row (who, when, before and after)."""
        self.session.add(record)
        record_change(self.session, self.actor.telegram_id, action, record, before, self.now)

    def instant(self, day: date, at: time) -> datetime:
        """A local wall time on `day` as an aware instant (DST handled by zoneinfo)."""
        return datetime.combine(day, at, tzinfo=self.settings.zone)
