"""The complaints' reads: one by ticket with its history, filtered lists, overdue and new ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from storage.folding import fold
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


def complaints_about(session: Session, citizen: str | None, address: str | None,
                     limit: int = 15) -> tuple[list[Complaint], int]:
    """Live complaints whose resident or place holds every word asked ("Pizarro", "calle Prat"), folded
    (`Núñez` = `nunez`), newest first, and how many there are. A place is looked for in the address and in the
    description too («semáforo apagado en Vicuña Mackenna con Departamental» has no address of its own)."""
    wanted = [(column, fold(text).split()) for column, text in (("citizen", citizen), ("address", address)) if text]
    if not wanted:
        return [], 0
    rows = session.exec(select(Complaint.id, Complaint.citizen, Complaint.address, Complaint.description)
                        .where(col(Complaint.deleted_at).is_(None))).all()
    ids = [row[0] for row in rows
           if all(_holds(row[1], words) if column == "citizen" else _holds(row[2], words) or _holds(row[3], words)
                  for column, words in wanted)]
    if not ids:
        return [], 0
    query = (select(Complaint).where(col(Complaint.id).in_(ids))
             .order_by(col(Complaint.created_at).desc(), col(Complaint.id).desc()).limit(limit))
    return list(session.exec(query).all()), len(ids)


def _holds(text: str | None, words: list[str]) -> bool:
    found = fold(text).split()
    return all(any(word == each or (len(word) >= 4 and each.startswith(word)) for each in found) for word in words)
