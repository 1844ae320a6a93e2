"""Complaint tickets `R-YYYY-NNNN`: human-readable, stable, a sequence per year."""

from __future__ import annotations

import re

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from storage.models import TicketCounter

_TICKET = re.compile(r"^\s*R?-?\s*(?:(\d{4})\s*-\s*)?0*(\d+)\s*$", re.IGNORECASE)
_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def next_ticket(session: Session, year: int) -> str:
    """Take the next number of `year` inside the caller's transaction.

    The year's counter row is created if missing with INSERT … ON CONFLICT DO NOTHING, so the first
    complaints of a year written at once never collide on its key (a plain INSERT after finding no
    row failed with UniqueViolation on PostgreSQL); then one UPDATE … RETURNING takes the number,
    holding the row's lock until commit. Two complaints never share a ticket, and a rolled-back
    write gives its number back.
    """
    insert = _INSERTS[session.get_bind().dialect.name]
    connection = session.connection()
    connection.execute(insert(TicketCounter).values(year=year, last=0).on_conflict_do_nothing())
    taken = connection.execute(update(TicketCounter).where(TicketCounter.year == year)
                               .values(last=TicketCounter.last + 1).returning(TicketCounter.last)).scalar_one()
    return format_ticket(year, taken)


def format_ticket(year: int, number: int) -> str:
    return f"R-{year}-{number:04d}"


def parse_ticket(text: str, default_year: int) -> str | None:
    """`R-2026-0042`, `r-2026-42`, `2026-42` or a bare `42` (this year) → `R-2026-0042`."""
    match = _TICKET.match(text or "")
    if not match:
        return None
    year = int(match.group(1)) if match.group(1) else default_year
    return format_ticket(year, int(match.group(2)))
