"""The agenda's reads for the calendar feed: activities (live and recently cancelled), efemérides,
and how often each was changed, from the audit trail.

The audit trail is the source of an entry's SEQUENCE and LAST-MODIFIED: every write a user asked
for leaves a row there (creation, edit, cancellation, undo), with its time, so counting a record's
rows after its creation gives a number that grows with every change and never goes back.
Rows come back as named tuples from the connection (SQLAlchemy Core, no ORM result processing): a
year of agenda is thousands of rows, and ORM objects would cost more than the whole feed's text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Integer, Subquery, case, cast, func, or_, select, type_coerce
from sqlmodel import Session, col

from storage.audit import AuditAction
from storage.ceremonies import Ceremony
from storage.models import AuditEntry, Efemeride, Event, Invitation
from storage.types import UTCDateTime


class Changes(NamedTuple):
    """How many times a record was changed after its creation, and when last."""

    count: int
    last_at: datetime | None


class FeedEvent(NamedTuple):
    id: int
    title: str
    day: date
    start_at: datetime | None
    end_at: datetime | None
    place: str | None
    notes: str | None
    created_at: datetime
    cancelled_at: datetime | None
    organizer: str | None
    """Who invited, when the activity comes from an accepted invitation."""
    from_invitation: bool
    sequence: int | None
    """The edit count the handlers keep on the row; the feed takes the larger of it and the audit count,
    because undo restores the row's old values, its count included, and SEQUENCE must never go back."""
    updated_at: datetime | None
    ceremony: bool
    """One of the municipality's own ceremonies (storage/ceremonies.py puts each on the agenda)."""
    audited: int | None
    """Audit rows after the creation: edits, cancellations, undos."""
    audited_at: datetime | None


class FeedEfemeride(NamedTuple):
    id: int
    title: str
    month: int
    day_of_month: int
    on_date: date | None
    greeting: str | None
    created_at: datetime
    cancelled_at: datetime | None
    audited: int | None
    audited_at: datetime | None


def _audited(entity: str) -> Subquery:
    """Per record of `entity`: how many audit rows it has after its creation, and the latest one's time.

    Joined to the records in the same query: one pass over the rows instead of a second result to match.
    """
    later = func.sum(case((col(AuditEntry.action) == AuditAction.CREATE, 0), else_=1))
    return (select(cast(AuditEntry.entity_id, Integer).label("record_id"), later.label("count"),
                   type_coerce(func.max(AuditEntry.at), UTCDateTime()).label("last_at"))
            .where(AuditEntry.entity == entity)
            .group_by(col(AuditEntry.entity_id))
            .subquery())


def feed_events(session: Session, first_day: date, cancelled_since: datetime) -> list[FeedEvent]:
    """Activities from `first_day` on: the live ones, and those cancelled (in words, or their invitation
    declined) at or after `cancelled_since`."""
    cancelled = func.coalesce(col(Event.cancelled_at), col(Event.deleted_at))
    ceremonies = (select(Ceremony.event_id).where(col(Ceremony.deleted_at).is_(None))
                  .group_by(col(Ceremony.event_id)).subquery())
    audited = _audited("event")
    query = (select(Event.id, Event.title, Event.day, Event.start_at, Event.end_at, Event.place, Event.notes,
                    Event.created_at, cancelled, Invitation.organizer, col(Event.invitation_id).is_not(None),
                    Event.sequence, Event.updated_at, ceremonies.c.event_id.is_not(None), audited.c.count,
                    audited.c.last_at)
             .outerjoin(Invitation, col(Invitation.id) == col(Event.invitation_id))
             .outerjoin(ceremonies, ceremonies.c.event_id == col(Event.id))
             .outerjoin(audited, audited.c.record_id == col(Event.id))
             .where(col(Event.day) >= first_day, or_(cancelled.is_(None), cancelled >= cancelled_since))
             .order_by(col(Event.day), col(Event.id)))
    return [FeedEvent._make(row) for row in session.connection().execute(query).all()]


def feed_efemerides(session: Session, cancelled_since: datetime) -> list[FeedEfemeride]:
    audited = _audited("efemeride")
    query = (select(Efemeride.id, Efemeride.title, Efemeride.month, Efemeride.day_of_month, Efemeride.on_date,
                    Efemeride.greeting, Efemeride.created_at, Efemeride.deleted_at, audited.c.count,
                    audited.c.last_at)
             .outerjoin(audited, audited.c.record_id == col(Efemeride.id))
             .where(or_(col(Efemeride.deleted_at).is_(None), col(Efemeride.deleted_at) >= cancelled_since))
             .order_by(col(Efemeride.month), col(Efemeride.day_of_month), col(Efemeride.id)))
    return [FeedEfemeride._make(row) for row in session.connection().execute(query).all()]
