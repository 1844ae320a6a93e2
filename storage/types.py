"""Column types that keep DESIGN.md's data rules on every database."""

from __future__ import annotations

import re
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


def storable(parameters: Any) -> Any:
    """Statement parameters with every text made storable; the same object when all already are.

    PostgreSQL text cannot hold U+0000 (psycopg raises DataError), and neither database can encode a
    lone surrogate (UnicodeEncodeError): either lost the whole input, yet a pasted message, a JSON
    update with an escaped surrogate or a spreadsheet cell may carry one. NUL is dropped and a lone
    surrogate becomes U+FFFD (the replacement character), at the driver boundary, for every table and
    on both databases, so what is stored is the same on SQLite and PostgreSQL.
    """
    if isinstance(parameters, dict):
        if not any(_unstorable(value) for value in parameters.values()):
            return parameters
        return {key: _clean(value) for key, value in parameters.items()}
    if isinstance(parameters, tuple):
        if not any(_unstorable(value) for value in parameters):
            return parameters
        return tuple(_clean(value) for value in parameters)
    if isinstance(parameters, list):  # executemany: one set per row
        cleaned = [storable(row) for row in parameters]
        return parameters if all(new is old for new, old in zip(cleaned, parameters, strict=True)) else cleaned
    return parameters


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unstorable(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    return "\x00" in value or (not value.isascii() and _SURROGATE.search(value) is not None)


def _clean(value: Any) -> Any:
    if not _unstorable(value):
        return value
    return _SURROGATE.sub("\ufffd", value.replace("\x00", ""))
