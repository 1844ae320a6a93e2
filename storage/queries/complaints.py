"""The complaints' reads: one by ticket with its history, filtered lists, overdue and new ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from storage.models import Complaint, ComplaintChange, ComplaintStatus

OPEN = (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS)


def complaint_by_ticket(session: Session, ticket: str) -> Complaint | None:
    query = select(Complaint).where(Complaint.ticket == ticket, col(Complaint.deleted_at).is_(None))
    return session.exec(query).first()


def complaint_history(session: Session, complaint_id: int) -> list[ComplaintChange]:
    """Every status step of a complaint, oldest first."""
    query = (select(ComplaintChange).where(ComplaintChange.complaint_id == complaint_id)
             .order_by(col(ComplaintChange.at), col(ComplaintChange.id)))
    return list(session.exec(query).all())


def complaints_listed(session: Session, statuses: Sequence[str], department: str | None = None,
                      due_before: date | None = None, limit: int = 15) -> tuple[list[Complaint], int]:
    """The newest `limit` live complaints in `statuses` (of `department`, due before a day), and how many
    there are in all, so a reply can say "15 de 40"."""
    conditions = [col(Complaint.deleted_at).is_(None), col(Complaint.status).in_(list(statuses))]
    if department:
        conditions.append(Complaint.department == department)
    if due_before:
        conditions.append(col(Complaint.due_date) < due_before)
    total = session.exec(select(func.count()).select_from(Complaint).where(*conditions)).one()
    query = (select(Complaint).where(*conditions)
             .order_by(col(Complaint.created_at).desc(), col(Complaint.id).desc()).limit(limit))
    return list(session.exec(query).all()), total


def overdue_complaints(session: Session, today: date) -> list[Complaint]:
    """Open complaints whose due day has passed, most overdue first (for the briefing and reminders)."""
    query = (select(Complaint)
             .where(col(Complaint.deleted_at).is_(None), col(Complaint.status).in_(list(OPEN)),
                    col(Complaint.due_date) < today)
             .order_by(col(Complaint.due_date), col(Complaint.id)))
    return list(session.exec(query).all())


def new_complaints_since(session: Session, since: datetime) -> list[Complaint]:
    """Complaints logged at or after `since` (aware), oldest first (for department digests)."""
    query = (select(Complaint)
             .where(col(Complaint.deleted_at).is_(None), col(Complaint.created_at) >= since)
             .order_by(col(Complaint.created_at), col(Complaint.id)))
    return list(session.exec(query).all())
