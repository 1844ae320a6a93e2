"""The period of the last list shown, as the period of a look-up that points back to it: «¿y la agenda de esa
semana?» after the efemérides of next week asks for next week's agenda, not today's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.dialogue_words import SAME_DAY, THAT_MONTH, THAT_WEEK, words
from handlers.focus import Focus
from handlers.slot_values import day_of
from nlu import Parser
from nlu.understanding import Understanding

SPANS: tuple[tuple[tuple[str, ...], frozenset[int]], ...] = (
    (THAT_WEEK, frozenset({7})), (THAT_MONTH, frozenset({28, 29, 30, 31})), (SAME_DAY, frozenset({1})))
"""The words pointing back to a period, and the lengths of a shown range they fit: «esa semana» after a month
shown names no week of it, and is left as said."""


def asked_for_the_period(parser: Parser, focus: Focus, text: str, understanding: Understanding) -> Understanding:
    """A look-up of a period that names none but says «esa semana», «ese mes» or «ese día» asks for the period of
    the last question answered, when that period is one such week, month or day."""
    spec = parser.intents.get(understanding.intent)
    if spec is None or "date_from" not in spec.slots or understanding.slots.get("date_from"):
        return understanding
    period = _period_in_focus(focus)
    if period is None or not _points_back(text, (period[1] - period[0]).days + 1):
        return understanding
    first, last = period
    return replace(understanding, slots={**understanding.slots, "date_from": first, "date_to": last})


def _period_in_focus(focus: Focus) -> tuple[date, date] | None:
    if focus.query is None:
        return None
    slots = focus.query[1]
    first, last = day_of(slots.get("date_from")), day_of(slots.get("date_to") or slots.get("date_from"))
    return (first, last) if first is not None and last is not None and first <= last else None


def _points_back(text: str, span: int) -> bool:
    said = f" {' '.join(word.strip(',;:.!¡¿?') for word in words(text))} "
    return any(span in spans and any(f" {phrase} " in said for phrase in phrases) for phrases, spans in SPANS)
