"""Chilean phone numbers: find them in a message and write them the one way the office stores them."""

from __future__ import annotations

import re

CANDIDATE = re.compile(r"(?<![\w@.\-/])(?<!\d:)(\+?\s?\(?\d[\d\s().\-]{5,18}\d)(?![\w@/]|[:.]\d)")
"""A run of digits, spaces, dots, dashes and brackets; a colon may label it ("fono:9...") or end a clause after
it ("tlf 9 7654 3210: ..."), but a colon between digits is a clock."""
DIGIT_RUN = re.compile(r"\d[\d\s().\-]{5,18}\d")
"""The core every candidate holds; a search that starts at a digit is quick, so most messages stop here."""
LEAD = len("+ (")
"""How far before its first digit a candidate may start."""
MOBILE_DIGITS = 9
COUNTRY = "56"


def normalise_phone(raw: str) -> str | None:
    """`+56 9 8765 4321` and `9 8765 4321` → `+56987654321`; a landline (`552 123456`) keeps its digits."""
    digits = re.sub(r"\D", "", raw)
    if digits.startswith(COUNTRY) and len(digits) == 2 + MOBILE_DIGITS:
        return "+" + digits
    if len(digits) == MOBILE_DIGITS and digits.startswith("9"):
        return "+" + COUNTRY + digits
    if len(digits) in (8, 9):
        return digits
    if raw.lstrip().startswith("+") and 10 <= len(digits) <= 15:
        return "+" + digits
    return None


def find_phones(norm: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Every phone number in the folded text that does not overlap a date, time or ticket span."""
    first = DIGIT_RUN.search(norm)
    if first is None:
        return []
    found = []
    for match in CANDIDATE.finditer(norm, max(0, first.start() - LEAD)):
        start, end = match.span(1)
        raw = match.group(1).rstrip(" .-(")
        end = start + len(raw)
        if any(a < end and start < b for a, b in taken):
            continue
        phone = normalise_phone(raw)
        if phone:
            found.append((start, end, phone))
    return found
