"""The agenda's reads: live events of some days, in the order a person reads a day."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from storage.models import Event


def events_between(session: Session, first: date, last: date) -> list[Event]:
    """Live events (neither deleted nor cancelled) with `first <= day <= last`, by day, all-day ones first,
    then by time: what the agenda shows and what a new activity may clash with.

    NULLS FIRST is spelled out because SQLite and PostgreSQL disagree on where NULL sorts.
    """
    return _in_days(session, first, last, col(Event.cancelled_at).is_(None))


def cancelled_between(session: Session, first: date, last: date) -> list[Event]:
    """Events cancelled in words on those days: the briefing says they were suspended rather than go silent."""
    return _in_days(session, first, last, col(Event.cancelled_at).is_not(None))


def _in_days(session: Session, first: date, last: date, *conditions: Any) -> list[Event]:
    query = (select(Event)
             .where(col(Event.deleted_at).is_(None), col(Event.day) >= first, col(Event.day) <= last, *conditions)
             .order_by(col(Event.day), col(Event.start_at).asc().nulls_first(), col(Event.id)))
    return list(session.exec(query).all())


def live_events_from(session: Session, first: date) -> list[Event]:
    """Live events on or after `first`, soonest first: what a loose reference to an activity may name."""
    return _in_days(session, first, date.max, col(Event.cancelled_at).is_(None))


def events_of_invitation(session: Session, invitation_id: int) -> list[Event]:
    """The live agenda entries an accepted invitation put there (normally one)."""
    query = select(Event).where(Event.invitation_id == invitation_id, col(Event.deleted_at).is_(None),
                                col(Event.cancelled_at).is_(None))
    return list(session.exec(query).all())
