"""Complaint tickets `R-YYYY-NNNN`: human-readable, stable, a sequence per year."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from storage.models import TicketCounter

_TICKET = re.compile(r"^\s*R?-?\s*(?:(\d{4})\s*-\s*)?0*(\d+)\s*$", re.IGNORECASE)


def next_ticket(session: Session, year: int) -> str:
    """Take the next number of `year` inside the caller's transaction.

    The counter row is locked (`FOR UPDATE` on PostgreSQL; SQLite serialises writers), so two
    concurrent complaints never get the same ticket, and a rolled-back write gives its number back.
    """
    counter = session.exec(select(TicketCounter).where(TicketCounter.year == year).with_for_update()).first()
    if counter is None:
        counter = TicketCounter(year=year, last=0)
    counter.last += 1
    session.add(counter)
    session.flush()
    return format_ticket(year, counter.last)


def format_ticket(year: int, number: int) -> str:
    return f"R-{year}-{number:04d}"


def parse_ticket(text: str, default_year: int) -> str | None:
    """`R-2026-0042`, `r-2026-42`, `2026-42` or a bare `42` (this year) → `R-2026-0042`."""
    match = _TICKET.match(text or "")
    if not match:
        return None
    year = int(match.group(1)) if match.group(1) else default_year
    return format_ticket(year, int(match.group(2)))
