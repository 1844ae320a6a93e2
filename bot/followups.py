"""Elliptical follow-ups: «¿y el viernes?», «¿y las de octubre?», «¿y los pendientes?» ask the last question again.

The shape decides, not a list of phrases: a short message opening with «y» (or a bare short question)
that, once its day or department is taken out, asks nothing of its own. What it names replaces the same
kind of slot of the last query, as that listing declares (`FollowUp`: period, department, status, name);
the rest of that query stays. The follow-up is read by the listing's own extractor, so each capability's
words for its statuses and periods apply; general readings (a range of days, a unit, a status word, the
words left) fill in what that extractor does not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from handlers.capability import FollowUp
from handlers.focus import Focus
from handlers.slot_values import day_of
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

OPENING = re.compile(r"^\W*(?:(?:ok|ya|oye|bueno|ah|entonces|ahora)\W+)?(?:y|(?:haz|has|hace|haga)?\s*lo\s+mismo\s+"
                     r"(?:con|para|de))\s+", re.IGNORECASE)
"""«y …», «ok y …», «¿Y …», «lo mismo con …»: matched on the text as typed, so «mañana» keeps its «ñ» for the date
grammar."""
SET_OPENING = re.compile(r"^\W*(?:los|las)\s+(?:de|del)\s", re.IGNORECASE)
"""«los de operaciones», «las de octubre»: a set named by what it is of asks the last listing again (a single «la de
Quilicura» picks an item of the list instead)."""
PLURAL = re.compile(r"^\W*(?:los|las)\s", re.IGNORECASE)
"""«(y) los de operaciones», «las pendientes»: a set of records named after a change to one of them; «y el otro
ciérralo» speaks of one record."""
MAX_WORDS = 9
NEXT = frozenset({"proxima", "proximo", "siguiente", "sgte", "otra", "otro", "que", "viene"})
PREVIOUS = frozenset({"anterior", "pasada", "pasado"})
MONTH_SPANS = frozenset({28, 29, 30, 31})
UNITS = {"semana": frozenset({7}), "dia": frozenset({1}), "mes": MONTH_SPANS, "quincena": frozenset({14, 15}),
         "vez": frozenset()}
"""A unit the follow-up names, and the lengths of a shown range it fits: «el mes siguiente» after a month moves
that month; after a single day it means the month after today."""
RANGE_INTENT = "agenda.query"
"""An intent whose extractor reads a range of days (and a part of the day) out of any message."""
UNSURE = 0.5
"""Below this confidence, a reading of the follow-up's shape as a request of its own does not outweigh it."""
MAX_OWN_WORDS = 2
"""Words a follow-up may hold besides what the parser read as slots: «los de aseo», «el de Bravo»."""
DAYS = frozenset({"date_from", "date_to"})
"""The slots of a period that name its days; a part of the day said alone keeps them."""
DROPPED = ("ticket", "reference")
"""Slots that pointed at one record: a follow-up asks about another set, so they go."""
FIRST_QUESTION: tuple[str, dict[str, Any]] = ("agenda.query", {})
"""What «¿y el viernes?» asks when no question was asked yet: the mayor's agenda, the office's first question."""
FILLER = frozenset({"y", "el", "la", "los", "las", "de", "del", "que", "q", "hay", "tiene", "tienen", "su", "sus",
                    "a", "al", "en", "para", "por", "con", "lo", "le", "les", "otro", "otra", "ese", "esa", "sobre",
                    "tenemos", "tengo", "ok", "ya", "oye", "bueno", "entonces", "ah", "me", "da", "das", "pasa",
                    "pasas", "mismo", "misma", "tambien", "cual", "cuales", "queda", "quedan", "sigue", "siguen",
                    "estan", "van"})


def follow_up(parser: Parser, follows: Mapping[str, FollowUp], query: tuple[str, dict[str, Any]] | None, text: str,
              understanding: Understanding, now: datetime,
              in_focus: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """The last query with what `text` names merged over it, when `text` is an elliptical follow-up of a listing
    that declares follow-ups; else the listing of the record in focus (`in_focus`: «¿y los de operaciones?» right
    after a complaint was moved to SECPLAN lists Operaciones' complaints, not the one moved); with no query asked
    yet, a follow-up that names only days asks the first question."""
    asked = [(follows, query, MAX_OWN_WORDS)] if query is not None else []
    if in_focus in follows and in_focus != (query or FIRST_QUESTION)[0] and PLURAL.match(OPENING.sub("", text.strip())):
        sets = {in_focus: replace(follows[in_focus], period=(), name=())}  # «los de …» a set, never a day or a name
        asked.append((sets, (in_focus, {}), MAX_OWN_WORDS))
    if query is None:
        asked.append((follows, FIRST_QUESTION, 0))
    return next((found for listings, last, own_words in asked
                 if (found := _followed(parser, listings, last, text, understanding, now, own_words)) is not None),
                None)


def listing_in_focus(shown_by: Mapping[str, tuple[str, str]], focus: Focus) -> str | None:
    """The listing of the kind of the record in focus («complaint.query» after a complaint was moved)."""
    last = focus.last()
    return shown_by[last.entity][0] if last is not None and last.entity in shown_by else None


def _followed(parser: Parser, follows: Mapping[str, FollowUp], query: tuple[str, dict[str, Any]], text: str,
              understanding: Understanding, now: datetime, own_words: int) -> tuple[str, dict[str, Any]] | None:
    """`query` with what `text` names merged over it, when `text` is an elliptical follow-up of it."""
    if query[0] not in follows:
        return None
    intent, old = query
    if not (_elliptical(parser, text, understanding, now, own_words)
            or _names_listing(parser, follows[intent], intent, text, now, own_words)):
        return None
    kinds = follows[intent].kinds()
    rest = _day_abbreviated(parser, OPENING.sub("", text.strip()).strip(" ?¿!¡."), kinds)
    broader = _broader(parser, follows, intent, rest, now)
    if broader:
        return broader
    moved = _next_range(old, rest, kinds["period"]) if "period" in kinds else {}
    changes = moved or _changes(parser, intent, kinds, rest, now)
    if not changes:
        return None
    replaced = {slot for slots in kinds.values() if any(slot in changes for slot in slots) for slot in slots}
    if not changes.keys() & DAYS:
        replaced -= DAYS  # «¿y en la tarde?» after «¿y el viernes en la mañana?»: the same Friday
    kept = {slot: value for slot, value in old.items() if slot not in replaced and slot not in DROPPED}
    return intent, {**kept, **changes}


def _day_abbreviated(parser: Parser, rest: str, kinds: dict[str, tuple[str, ...]]) -> str:
    """«¿y el mar?», «y el do» after the agenda of a day: where only a day can stand, an abbreviation that is also a
    word («mar», «do») is the weekday; elsewhere («frente al mar») it stays a word."""
    words = rest.split()
    if "period" not in kinds or not 1 <= len(words) <= 2 or any(fold(word) not in FILLER for word in words[:-1]):
        return rest
    day = parser.grammar.weekday_named(fold(words[-1]).rstrip("."))
    return " ".join([*words[:-1], day]) if day else rest


def _broader(parser: Parser, follows: Mapping[str, FollowUp], intent: str, rest: str,
             now: datetime) -> tuple[str, dict[str, Any]] | None:
    """The broader listing, asked afresh, when the follow-up names a department or a status that `intent` does not
    list by: a search by street followed by «¿y los de medio ambiente?» asks for Medio Ambiente's complaints."""
    wider = follows[intent].broader
    if wider not in follows:
        return None
    own = follows[intent].kinds()
    kinds = {kind: slots for kind, slots in follows[wider].kinds().items()
             if kind in ("department", "status") and kind not in own}
    changes = {slot: value for kind, slots in kinds.items()
               for slot, value in _general(parser, wider, kind, slots, rest, now).items()}
    return (wider, changes) if changes else None


def _next_range(old: dict[str, Any], rest: str, period: tuple[str, ...]) -> dict[str, Any]:
    """«¿y la próxima?», «¿y el mes siguiente?»: the range just shown, moved by its own length (when the unit
    named, if any, is that length)."""
    words = set(fold(rest).split())
    step = 1 if words & NEXT else -1 if words & PREVIOUS else 0
    first, last = day_of(old.get("date_from")), day_of(old.get("date_to") or old.get("date_from"))
    if not step or first is None or last is None or len(words - FILLER - NEXT - PREVIOUS - UNITS.keys()) > 0:
        return {}
    span = (last - first).days + 1
    if any(span not in UNITS[unit] for unit in words & UNITS.keys()):
        return {}
    if span in MONTH_SPANS and first.day == 1:
        first = _month_start(first, step)
        last = _month_start(first, 1) - timedelta(days=1)
    else:
        first, last = first + timedelta(days=step * span), last + timedelta(days=step * span)
    moved = {"date_from": first, "date_to": last, "part_of_day": old.get("part_of_day")}
    return {slot: value for slot, value in moved.items() if slot in period}


def _month_start(day: date, step: int) -> date:
    month = day.month - 1 + step
    return date(day.year + month // 12, month % 12 + 1, 1)


def _changes(parser: Parser, intent: str, kinds: dict[str, tuple[str, ...]], rest: str,
             now: datetime) -> dict[str, Any]:
    """What the follow-up names, by kind: as the listing's extractor reads it, else as the general reading does."""
    own = parser.parse_as(rest, now, intent).slots
    changes: dict[str, Any] = {}
    for kind, slots in kinds.items():
        found = {slot: own[slot] for slot in slots if own.get(slot) not in (None, "")}
        if not found and kind != "name":
            found = _general(parser, intent, kind, slots, rest, now)
        changes.update(found)
    if "name" in kinds and any(slot in changes for slot in kinds["name"]) and len(changes) > 1:
        changes = {slot: value for slot, value in changes.items() if slot not in kinds["name"]}
    words = [word for word in rest.split() if fold(word) not in FILLER]
    if not changes and words and "name" in kinds:  # «¿y los de Rojas?», «¿y los de Vicuña Mackenna?»
        changes[kinds["name"][0]] = " ".join(words)
    return changes


def _general(parser: Parser, intent: str, kind: str, slots: tuple[str, ...], rest: str,
             now: datetime) -> dict[str, Any]:
    """A kind read the way any message is: a range of days, a municipal unit, a status word."""
    if kind == "period":
        said = parser.parse_as(rest, now, RANGE_INTENT).slots
        return {slot: said.get(slot) for slot in slots} if said.get("date_from") is not None else {}
    value = parser.fill(intent, kind, rest, now) if kind in ("department", "status") else None
    return {slots[0]: value} if value is not None else {}


def _elliptical(parser: Parser, text: str, understanding: Understanding, now: datetime, own_words: int) -> bool:
    folded = fold(text)
    words = folded.split()
    opens = OPENING.match(text.strip() + " ") is not None or SET_OPENING.match(text.strip() + " ") is not None
    if not words or len(words) > MAX_WORDS or not (opens or (len(words) <= 4 and text.strip().endswith("?"))):
        return False
    remainder = _without_spans(text, understanding.spans.values())
    undated = _without_spans(remainder, parser.parse_as(text, now, RANGE_INTENT).spans.values())
    own = [word for word in OPENING.sub("", fold(undated) + " ").split() if word not in FILLER]
    if len(own) > own_words:
        return False  # «oye y viste el partido de ayer?» says something of its own
    if understanding.intent in ("unknown", "help") or understanding.confidence < UNSURE:
        return True  # «¿y el 1 de enero?» leaning to a new efeméride names nothing to create
    if understanding.missing and not understanding.slots:
        return True  # «y los contactos también» after an export: a look-up that read nothing to look up
    if not own:
        return True  # «¿y cuáles quedan pendientes?»: past its slots, only words that name nothing
    return understanding.intent.endswith((".query", ".search")) and \
        parser.parse(remainder, now).intent in ("unknown", "help")


def _names_listing(parser: Parser, follow: FollowUp, intent: str, text: str, now: datetime, own_words: int) -> bool:
    """«¿y las efemérides?», «lo mismo con los contactos» after an export: another list named, which alone would be
    a question of its own, asks the last request again of that list when the request's own extractor reads it."""
    if not follow.listing or OPENING.match(text.strip() + " ") is None or len(fold(text).split()) > MAX_WORDS:
        return False
    rest = OPENING.sub("", text.strip())
    if len([word for word in fold(rest).split() if word not in FILLER]) > own_words:
        return False
    said = parser.parse_as(rest, now, intent).slots
    return any(said.get(slot) not in (None, "") for slot in follow.listing)


def _without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The message with what the parser read as slots blanked out: what is left asks for something, or not."""
    kept = list(text)
    for start, end in spans:
        start, end = max(start, 0), max(end, 0)
        kept[start:end] = " " * (end - start)
    return "".join(kept)
