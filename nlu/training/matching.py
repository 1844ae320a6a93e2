"""SPEC.md's Scoring rules for one slot, so that the tests and the training reports judge a case alike."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

STOPWORDS = {"a", "al", "de", "del", "el", "la", "las", "los", "en", "y", "e", "o", "u", "un", "una", "por", "para",
             "con", "que", "se", "su", "sus", "lo"}
MOMENT_SLOTS = {"start", "end", "date_from", "date_to"}
EXACT_SLOTS = {"department", "response", "date", "status"}


def fold(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: object) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(text)) if w not in STOPWORDS}


def _moment(text: object) -> date | datetime:
    value = str(text)
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _ticket_numbers(text: object) -> list[str]:
    return [n.lstrip("0") or "0" for n in re.findall(r"\d+", str(text))]


def slot_matches(name: str, expected: object, actual: object) -> bool:
    """Dates to the minute (a day may come back at 00:00), codes exactly, phones by their last 8 digits,
    a ticket holding every number of the expected one, text by containing every meaningful word."""
    if actual in (None, ""):
        return expected in (None, "")
    if name in MOMENT_SLOTS:
        want, got = _moment(expected), _moment(actual)
        if isinstance(got, datetime) and not isinstance(want, datetime):
            return got.date() == want and (got.hour, got.minute) == (0, 0)
        return type(want) is type(got) and want == got
    if name in EXACT_SLOTS:
        return fold(actual).strip() == fold(expected).strip()
    if name == "phone":
        digits = re.sub(r"\D", "", str(actual))
        return len(digits) >= 8 and digits[-8:] == re.sub(r"\D", "", str(expected))[-8:]
    if name == "ticket":
        got = _ticket_numbers(actual)
        return all(n in got for n in _ticket_numbers(expected)[-1:])
    return _words(expected) <= _words(actual)


def wrong_slots(expected: dict, actual: dict) -> dict:
    return {k: v for k, v in expected.items() if not slot_matches(k, v, actual.get(k))}
