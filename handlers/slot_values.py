"""Reading the parser's text slots in a handler, and asking for the first one a record cannot go without.

Slots arrive from the parser or restored from JSON between turns, so a text slot may be absent,
blank or of another type; all of these read as missing. Length and shape checks that a stored
column needs live with the record (`handlers/agenda_slots.py` for the agenda).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handlers.reply import Reply, ask


def day_of(value: Any) -> date | None:
    """A slot's day: the parser gives dates, datetimes, or ISO text after a restart."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def text_slot(slots: dict[str, Any], name: str) -> str | None:
    """A text slot stripped, or None when absent, empty or not text."""
    value = slots.get(name)
    return (value.strip() or None) if isinstance(value, str) else None


def required_texts(intent: str, slots: dict[str, Any],
                   questions: dict[str, str]) -> tuple[dict[str, str], Reply | None]:
    """The required text slots in `questions` order, or the question for the first one missing.

    One question at a time, in the order a person would give the facts; the pending ASK keeps the
    slots already given, so the answer completes the record instead of starting it again."""
    texts: dict[str, str] = {}
    for name, question in questions.items():
        text = text_slot(slots, name)
        if text is None:
            return texts, ask(intent, slots, name, question)
        texts[name] = text
    return texts, None
