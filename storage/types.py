"""Column types that keep DESIGN.md's data rules on every database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: written as UTC, read back timezone-aware in UTC.

    SQLite drops the offset, so a naive value read from it is UTC by construction; PostgreSQL keeps
    `timestamptz`. Naive values are refused on the way in: an instant without a zone is a bug.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def strip_nul(parameters: Any) -> Any:
    """Statement parameters with NUL characters removed from every text, the same object when none has one.

    PostgreSQL text cannot hold U+0000 (psycopg raises DataError, and the whole input is lost), while
    a pasted message or a spreadsheet cell may carry one. Stripped at the driver boundary, for every
    table and on both databases, so what is stored is the same on SQLite and PostgreSQL.
    """
    if isinstance(parameters, dict):
        if not any(isinstance(value, str) and "\x00" in value for value in parameters.values()):
            return parameters
        return {key: _clean(value) for key, value in parameters.items()}
    if isinstance(parameters, tuple):
        if not any(isinstance(value, str) and "\x00" in value for value in parameters):
            return parameters
        return tuple(_clean(value) for value in parameters)
    if isinstance(parameters, list):  # executemany: one set per row
        cleaned = [strip_nul(row) for row in parameters]
        return parameters if all(new is old for new, old in zip(cleaned, parameters, strict=True)) else cleaned
    return parameters


def _clean(value: Any) -> Any:
    return value.replace("\x00", "") if isinstance(value, str) else value
