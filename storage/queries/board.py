"""The complaints board's read: one department's complaints in a state, overdue first, with counts.

Plain column tuples (SQLAlchemy Core) rather than ORM objects: a department of a 20,000-complaint
office has thousands of rows to count and hundreds to show, and the board answers in milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from storage.models import Complaint


@dataclass(frozen=True, slots=True)
class BoardRow:
    ticket: str
    description: str
    department: str | None
    citizen: str | None
    address: str | None
    status: str
    due_date: date | None
    created_at: datetime


@dataclass(frozen=True)
class Board:
    rows: list[BoardRow]
    total: int
    overdue: int


def complaints_board(session: Session, statuses: Sequence[str], department: str | None, today: date,
                     open_statuses: Sequence[str], overdue_only: bool = False, limit: int = 200) -> Board:
    """Live complaints in `statuses` (of `department`; "" means those without one): overdue ones first,
    then by due day and age; `total` and `overdue` count all of them, not only the `limit` shown."""
    late = (col(Complaint.status).in_(list(open_statuses))) & (col(Complaint.due_date) < today)
    conditions = [col(Complaint.deleted_at).is_(None), col(Complaint.status).in_(list(statuses))]
    if department is not None:
        conditions.append(Complaint.department == department if department else col(Complaint.department).is_(None))
    if overdue_only:
        conditions.append(late)
    is_late = case((late, 1), else_=0)
    total, overdue = session.execute(select(func.count(), func.coalesce(func.sum(is_late), 0))
                                     .select_from(Complaint).where(*conditions)).one()
    query = (select(Complaint.ticket, Complaint.description, Complaint.department, Complaint.citizen,
                    Complaint.address, Complaint.status, Complaint.due_date, Complaint.created_at)
             .where(*conditions)
             .order_by(is_late.desc(), col(Complaint.due_date).asc().nulls_last(), col(Complaint.id))
             .limit(limit))
    return Board([BoardRow(*row) for row in session.execute(query)], int(total), int(overdue))


def open_by_department(session: Session, today: date,
                       open_statuses: Sequence[str]) -> dict[str | None, tuple[int, int]]:
    """Per department code (None: without one): how many live complaints are open, and how many of those overdue."""
    late = case((col(Complaint.due_date) < today, 1), else_=0)
    query = (select(Complaint.department, func.count(), func.coalesce(func.sum(late), 0))
             .where(col(Complaint.deleted_at).is_(None), col(Complaint.status).in_(list(open_statuses)))
             .group_by(col(Complaint.department)))
    return {department: (int(count), int(overdue)) for department, count, overdue in session.execute(query)}
