"""Days and moments given on the command line, checked the same way by every subcommand.

A year far from ours is refused here rather than left to overflow deep inside (the briefing looks
days ahead, so `--date 9999-12-31` ended in OverflowError): each problem is one Spanish line.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

FIRST_YEAR, LAST_YEAR = 1900, 2999
FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")


class BadDay(ValueError):
    """A day or moment that cannot be used; the message says which option and why, in Spanish."""


def parse_day(text: str | None, option: str) -> date | None:
    """2026-11-01 or 01-11-2026 / 01/11/2026 (as written in Chile); None when not given."""
    if not text:
        return None
    for pattern in FORMATS:
        try:
            day = datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
        return _in_range(day, option, text)
    raise BadDay(f"Fecha no válida para {option}: «{text}» (use 2026-11-01 o 01-11-2026)")


def parse_moment(text: str, option: str, zone: ZoneInfo) -> datetime:
    """A local moment (2026-11-23T09:00, or a day alone for its midnight), in `zone` unless it names an offset."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadDay(f"Momento no válido para {option}: «{text}» (use 2026-11-23T09:00)") from None
    _in_range(moment.date(), option, text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _in_range(day: date, option: str, text: str) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadDay(f"Fecha fuera de rango para {option}: «{text}» (años {FIRST_YEAR} a {LAST_YEAR})")
    return day
