"""The invitations' reads: those still awaiting an answer, and those a loose reference may name."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, col, or_, select
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Event, Invitation, InvitationStatus


def _soonest_first(query: SelectOfScalar[Invitation]) -> SelectOfScalar[Invitation]:
    """Undated invitations last: they are the least urgent to tell apart."""
    return query.order_by(col(Invitation.day).asc().nulls_last(), col(Invitation.start_at).asc().nulls_first(),
                          col(Invitation.id))


def pending_invitations(session: Session, today: date, within_days: int | None = None) -> list[Invitation]:
    """Pending, not deleted, event not past (undated ones included), soonest event first.

    `within_days` keeps only events at most that many days ahead (for reminders).
    """
    upcoming = or_(col(Invitation.day).is_(None), col(Invitation.day) >= today)
    query = select(Invitation).where(Invitation.status == InvitationStatus.PENDING,
                                     col(Invitation.deleted_at).is_(None), upcoming)
    if within_days is not None:
        query = query.where(col(Invitation.day) <= today + timedelta(days=within_days))
    return list(session.exec(_soonest_first(query)).all())


def unanswered_between(session: Session, first: date, last: date) -> list[Invitation]:
    """Pending, not deleted invitations whose event falls between `first` and `last`: the days they would take."""
    query = select(Invitation).where(Invitation.status == InvitationStatus.PENDING,
                                     col(Invitation.deleted_at).is_(None), col(Invitation.day) >= first,
                                     col(Invitation.day) <= last)
    return list(session.exec(_soonest_first(query)).all())


def recent_invitations(session: Session, since: date) -> list[Invitation]:
    """Every live invitation whose event is on or after `since` (or undated): what a reference may name."""
    query = select(Invitation).where(col(Invitation.deleted_at).is_(None),
                                     or_(col(Invitation.day).is_(None), col(Invitation.day) >= since))
    return list(session.exec(_soonest_first(query)).all())


def organizers_of(session: Session, events: list[Event]) -> dict[int, str]:
    """Who invited to each of these events that came from an invitation, by the event's id: one read for a whole
    agenda, so that its lines say whose each activity is."""
    ids = {event.invitation_id for event in events if event.invitation_id is not None}
    if not ids:
        return {}
    query = select(Invitation.id, Invitation.organizer).where(col(Invitation.id).in_(ids))
    by_invitation = {invitation: organizer for invitation, organizer in session.exec(query).all() if organizer}
    return {event.id or 0: by_invitation[event.invitation_id] for event in events
            if event.invitation_id in by_invitation}
