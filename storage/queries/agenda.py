"""The agenda's reads: live events of some days, in the order a person reads a day."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from storage.models import Event


def events_between(session: Session, first: date, last: date) -> list[Event]:
    """Non-deleted events with `first <= day <= last`, by day, all-day ones first, then by time.

    NULLS FIRST is spelled out because SQLite and PostgreSQL disagree on where NULL sorts.
    """
    query = (select(Event)
             .where(col(Event.deleted_at).is_(None), col(Event.day) >= first, col(Event.day) <= last)
             .order_by(col(Event.day), col(Event.start_at).asc().nulls_first(), col(Event.id)))
    return list(session.exec(query).all())


def events_of_invitation(session: Session, invitation_id: int) -> list[Event]:
    """The live agenda entries an accepted invitation put there (normally one)."""
    query = select(Event).where(Event.invitation_id == invitation_id, col(Event.deleted_at).is_(None))
    return list(session.exec(query).all())
