"""Reading one spreadsheet cell as the value a record needs, or a Spanish reason why it cannot be.

Spreadsheets kept by hand hold phones as numbers (56987654321.0), dates as text or as date cells,
and placeholders such as "s/i" for "no data": each reader accepts those and nothing ambiguous.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from storage.folding import fold
from storage.models import ContactLevel
from storage.queries.contacts import normalize_phone, valid_email

MONTH_NAMES = {name: number for number, names in enumerate((
    ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("mayo", "may"), ("junio", "jun"),
    ("julio", "jul"), ("agosto", "ago"), ("septiembre", "setiembre", "sep", "sept", "set"), ("octubre", "oct"),
    ("noviembre", "nov"), ("diciembre", "dic")), start=1) for name in names}
PLACEHOLDERS = {"", "s i", "sin", "sin informacion", "no tiene", "n a", "na", "no", "x", "0"}
LEVEL_WORDS = {
    ContactLevel.COMUNAL: ("comunal", "municipal", "local", "comuna"),
    ContactLevel.REGIONAL: ("regional", "provincial", "region", "provincia"),
    ContactLevel.NACIONAL: ("nacional", "pais", "gobierno central", "central"),
}
YES_WORDS = {"si", "s", "anual", "cada ano", "todos los anos", "x", "1", "true", "verdadero"}
NO_WORDS = {"no", "n", "una vez", "unica", "unica vez", "0", "false", "falso"}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?$")
_WORDED_DATE = re.compile(r"^(\d{1,2})(?: de)? ([a-z]+)(?:(?: de)? (\d{4}))?$")


class CellError(ValueError):
    """A cell that cannot be read; the message is the reason shown to the user, in Spanish."""


def text(value: Any) -> str | None:
    """Text as typed, with runs of spaces collapsed; a whole number stored as 12.0 reads as "12"."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.strftime("%d-%m-%Y")
    cleaned = " ".join(str(value).split())
    return cleaned or None


def phone(value: Any) -> str | None:
    """A phone the way every writer stores it (`storage.queries.contacts.normalize_phone`).

    A number cell (56987654321.0, 987654321) is read as its digits first.
    """
    raw = text(value)
    if raw is None or fold(raw) in PLACEHOLDERS:
        return None
    number = normalize_phone(raw) if not re.search(r"[a-zA-Z]", raw) else None
    if number is None:
        raise CellError(f"teléfono no válido: «{raw}» (anote un solo número, con código de área)")
    return number


def email(value: Any) -> str | None:
    raw = text(value)
    if raw is None or fold(raw) in PLACEHOLDERS:
        return None
    address = raw.lower().removeprefix("mailto:").strip()
    if not valid_email(address):
        raise CellError(f"correo no válido: «{raw}»")
    return address


def level(value: Any) -> str | None:
    raw = text(value)
    if raw is None:
        return None
    folded = fold(raw)
    if folded in PLACEHOLDERS:
        return None
    for code, words in LEVEL_WORDS.items():
        if folded in words or any(word in words for word in folded.split()):
            return code.value
    raise CellError(f"nivel desconocido: «{raw}» (use comunal, regional o nacional)")


def integer(value: Any, what: str) -> int | None:
    raw = text(value)
    if raw is None:
        return None
    try:
        number = float(raw.replace(",", "."))
    except ValueError:
        raise CellError(f"{what} debe ser un número: «{raw}»") from None
    if not number.is_integer():
        raise CellError(f"{what} debe ser un número entero: «{raw}»")
    return int(number)


def flag(value: Any, what: str) -> bool | None:
    raw = text(value)
    if raw is None:
        return None
    folded = fold(raw)
    if folded in YES_WORDS:
        return True
    if folded in NO_WORDS:
        return False
    raise CellError(f"en {what} se espera sí o no, no «{raw}»")


def full_date(value: Any, what: str) -> date | None:
    """A day with its year: a date cell, or text such as 14-02-1970 or 14 de febrero de 1970."""
    if value is None or isinstance(value, datetime | date):
        return value.date() if isinstance(value, datetime) else value
    month, day, year = day_month(value, what)
    if year is None:
        raise CellError(f"falta el año en {what}: «{text(value)}» (use dd-mm-aaaa)")
    return _date(year, month, day, value, what)


def day_month(value: Any, what: str) -> tuple[int, int, int | None]:
    """(month, day, year or None) from a date cell, "14-02", "02-14", "14/02/2027" or "14 de febrero".

    Numbers are read day first, as in Chile; "02-14" is month first only because 14 cannot be a month.
    """
    if isinstance(value, datetime | date):
        return value.month, value.day, value.year
    raw = text(value)
    if raw is None:
        raise CellError(f"falta {what}")
    folded = fold(raw)
    numeric = _NUMERIC_DATE.match(raw.replace(" ", ""))
    if numeric:
        first, second, third = numeric.groups()
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third or 0)
        else:
            day, month = int(first), int(second)
            year = _year(third)
            if month > 12 >= day and third is None:
                day, month = month, day
    else:
        worded = _WORDED_DATE.match(folded)
        if not worded or worded.group(2) not in MONTH_NAMES:
            raise CellError(f"no se entiende {what}: «{raw}» (ejemplos: 14-02, 14 de febrero)")
        day, month, year = int(worded.group(1)), MONTH_NAMES[worded.group(2)], _year(worded.group(3))
    _date(year or 2000, month, day, raw, what)
    return month, day, year


def _year(digits: str | None) -> int | None:
    """Two-digit years: up to 30 is this century, the rest the last one (birthdays are mostly 19xx)."""
    if digits is None:
        return None
    year = int(digits)
    if year >= 100:
        return year
    return year + (2000 if year <= 30 else 1900)


def _date(year: int, month: int, day: int, raw: Any, what: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"no existe {what} «{text(raw)}»") from None
