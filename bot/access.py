"""Who may talk to the assistant: staff from the configuration, plus those an admin authorised."""

from __future__ import annotations

from sqlmodel import Session

from handlers.context import Actor
from settings import Role, Settings
from storage.models import StaffMemberRecord

CONSOLE_ACTOR = Actor(telegram_id=0, name="Consola", role=Role.ADMIN)


def actor_for(session: Session, settings: Settings, telegram_id: int) -> Actor | None:
    """The configuration wins over the database, so a file edit can always take a role away."""
    member = settings.staff_member(telegram_id)
    if member is not None:
        return Actor(telegram_id=member.telegram_id, name=member.name, role=member.role)
    record = session.get(StaffMemberRecord, telegram_id)
    if record is not None and record.active:
        return Actor(telegram_id=record.telegram_id, name=record.name, role=Role(record.role))
    return None


def console_actor(settings: Settings, telegram_id: int | None) -> Actor:
    """`gabinete chat` acts as a configured staff member when asked, else as a local administrator."""
    if telegram_id is not None:
        member = settings.staff_member(telegram_id)
        if member is not None:
            return Actor(telegram_id=member.telegram_id, name=member.name, role=member.role)
    return CONSOLE_ACTOR
