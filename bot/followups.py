"""Elliptical follow-ups: «¿y el viernes?», «y mañana?», «¿y los de obras?» ask the last question again.

The shape decides, not a list of phrases: a short message opening with «y» (or a bare short question)
that, once its day or department is taken out, asks nothing of its own. What it names (a day or
range, a department, a status, a name) replaces the same kind of slot of the last query; the
rest of that query stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

OPENING = re.compile(r"^\W*(?:(?:ok|ya|oye|bueno|ah|entonces)\W+)?y\s+", re.IGNORECASE)
"""«y …», «ok y …», «¿Y …»: matched on the text as typed, so «mañana» keeps its «ñ» for the date grammar."""
MAX_WORDS = 9
NEXT = frozenset({"proxima", "proximo", "siguiente", "sgte", "otra", "otro", "que", "viene"})
PREVIOUS = frozenset({"anterior", "pasada", "pasado"})
UNITS = frozenset({"semana", "dia", "mes", "quincena", "vez"})
MONTH_SPANS = frozenset({28, 29, 30, 31})
LEAD = "agenda "
"""Said before a bare day, it makes the parser read the day as a query's range: «agenda el viernes en la mañana»."""
MAX_OWN_WORDS = 2
"""Words a follow-up may hold besides what the parser read as slots: «los de aseo», «el de Bravo»."""
RANGE = ("date_from", "date_to", "part_of_day")
DROPPED = ("ticket", "reference")
"""Slots that pointed at one record: a follow-up asks about another set, so they go."""
FILLER = frozenset({"y", "el", "la", "los", "las", "de", "del", "que", "q", "hay", "tiene", "tienen", "su", "sus",
                    "a", "al", "en", "para", "por", "con", "lo", "le", "les", "otro", "otra", "ese", "esa", "sobre",
                    "tenemos", "tengo", "ok", "ya", "oye", "bueno", "entonces", "ah", "me", "da", "das", "pasa",
                    "pasas", "mismo", "misma"})


def follow_up(parser: Parser, query: tuple[str, dict[str, Any]] | None, text: str, understanding: Understanding,
              now: datetime) -> tuple[str, dict[str, Any]] | None:
    """The last query with what `text` names merged over it, when `text` is an elliptical follow-up."""
    if query is None or not _elliptical(parser, text, understanding, now):
        return None
    intent, old = query
    rest = OPENING.sub("", text.strip()).strip(" ?¿!¡.")
    declared = set(parser.intents[intent].slots) if intent in parser.intents else set(old)
    changes = _changes(parser, intent, declared, rest, now) or _next_range(old, rest)
    if not changes:
        return None
    replaced = {slot for family in (RANGE, ("department",), ("status",), ("query",), ("citizen", "address"))
                if any(slot in changes for slot in family) for slot in family}
    kept = {slot: value for slot, value in old.items() if slot not in replaced and slot not in DROPPED}
    return intent, {**kept, **changes}


def _next_range(old: dict[str, Any], rest: str) -> dict[str, Any]:
    """«¿y la próxima?», «¿y el anterior?»: the range just shown, moved by its own length."""
    words = set(fold(rest).split())
    step = 1 if words & NEXT else -1 if words & PREVIOUS else 0
    first, last = _day(old.get("date_from")), _day(old.get("date_to") or old.get("date_from"))
    if not step or first is None or last is None or len(words - FILLER - NEXT - PREVIOUS - UNITS) > 0:
        return {}
    span = (last - first).days + 1
    if span in MONTH_SPANS and first.day == 1:
        first = _month_start(first, step)
        last = _month_start(first, 1) - timedelta(days=1)
    else:
        first, last = first + timedelta(days=step * span), last + timedelta(days=step * span)
    return {"date_from": first, "date_to": last, "part_of_day": old.get("part_of_day")}


def _day(value: Any) -> date | None:
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None


def _month_start(day: date, step: int) -> date:
    month = day.month - 1 + step
    return date(day.year + month // 12, month % 12 + 1, 1)


def _changes(parser: Parser, intent: str, declared: set[str], rest: str, now: datetime) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if "date_from" in declared:
        reading = parser.parse(f"{LEAD}{rest}", now).slots
        if reading.get("date_from") is not None:
            changes.update({slot: reading.get(slot) for slot in RANGE})
    if "department" in declared and (department := parser.fill(intent, "department", rest, now)) is not None:
        changes["department"] = department
    if "status" in declared and (status := parser.fill(intent, "status", rest, now)) is not None:
        changes["status"] = status
    words = [word for word in fold(rest).split() if word not in FILLER]
    if not changes and words:
        if "query" in declared:
            changes["query"] = " ".join(words)
        elif "citizen" in declared:  # «¿y los de Rojas?», «¿y los de Vicuña Mackenna?» after a search by name
            changes["citizen"] = " ".join(word for word in rest.split() if fold(word) not in FILLER)
    return {slot: value for slot, value in changes.items() if value is not None or slot in RANGE}


def _elliptical(parser: Parser, text: str, understanding: Understanding, now: datetime) -> bool:
    folded = fold(text)
    words = folded.split()
    opens = OPENING.match(text.strip() + " ") is not None
    if not words or len(words) > MAX_WORDS or not (opens or (len(words) <= 4 and text.strip().endswith("?"))):
        return False
    remainder = _without_spans(text, understanding.spans.values())
    dated = parser.parse(f"{LEAD}{text}", now).spans.values()
    undated = _without_spans(remainder, [(start - len(LEAD), end - len(LEAD)) for start, end in dated])
    own = [word for word in OPENING.sub("", fold(undated) + " ").split() if word not in FILLER]
    if len(own) > MAX_OWN_WORDS:
        return False  # «oye y viste el partido de ayer?» says something of its own
    if understanding.intent in ("unknown", "help"):
        return True
    return understanding.intent.endswith((".query", ".search")) and \
        parser.parse(remainder, now).intent in ("unknown", "help")


def _without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The message with what the parser read as slots blanked out: what is left asks for something, or not."""
    kept = list(text)
    for start, end in spans:
        start, end = max(start, 0), max(end, 0)
        kept[start:end] = " " * (end - start)
    return "".join(kept)
