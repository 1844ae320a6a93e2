"""A correction that only denies a value of the waiting proposal: «no, no es en el gimnasio», «no es a las 10»,
«ese día no es».

The user says what is wrong without the right value. Discarding the proposal loses what was right in it, and
keeping the denied value would store what the user just refused; so the proposal stays, the bot asks for that one
value («¿Dónde es, entonces?»), and the answer fills it as any correction would (`bot.corrections`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from bot.corrected_places import BARE_PROBE, bare_place, place_in
from bot.corrections import amendments
from bot.held_values import DENIES
from nlu import Parser
from storage.folding import fold

PLACE_WORDS = frozenset({"lugar", "sitio", "direccion", "recinto", "ubicacion", "ahi", "alli", "alla", "sede", "local"})
TIME_WORDS = frozenset({"hora", "horario"})
DAY_WORDS = frozenset({"dia", "fecha"})
"""The noun that names what is denied when the value itself is not said («ese día no es», «la hora no es esa»)."""
QUESTIONS = {"place": "¿Dónde es, entonces?", "address": "¿Cuál es la dirección, entonces?",
             "time": "¿A qué hora, entonces?", "day": "¿Qué día es, entonces?"}
MAX_WORDS = 9


def denied(parser: Parser, intent: str, slots: dict[str, Any], text: str, now: datetime) -> tuple[str, str] | None:
    """(the slot denied, the question that asks for it) when `text` only denies a value of the proposal; None when
    it says no such thing or also gives the right value («no es en el gimnasio sino en la sede»)."""
    folded = fold(text)
    if DENIES.search(folded) is None or len(folded.split()) > MAX_WORDS:
        return None
    if amendments(parser, intent, slots, text, now):
        return None
    declared = set(parser.intents[intent].slots) if intent in parser.intents else set(slots)
    words = set(re.findall(r"\w+", folded))
    aspect = _aspect(parser, text, words)
    if aspect is None:
        return None
    if aspect in ("time", "day"):
        slot = next((name for name in ("start", "date", "time") if name in declared), None)
        if aspect == "time" and slot == "date":
            return None
    else:
        slot = next((name for name in ("place", "address") if name in declared), None)
        aspect = slot or aspect
    return (slot, QUESTIONS[aspect]) if slot is not None else None


def _aspect(parser: Parser, text: str, words: set[str]) -> str | None:
    """What the denial is about: a place, an hour or a day, by the value it names or the noun it uses."""
    said, _ = parser.moment(text, BARE_PROBE)
    if isinstance(said, datetime) or words & TIME_WORDS:
        return "time"
    if isinstance(said, date) or words & DAY_WORDS:
        return "day"
    if words & PLACE_WORDS or place_in(text, parser=parser) is not None:
        return "place"
    return None


def answer_to(parser: Parser, slot: str, text: str) -> dict[str, Any]:
    """A bare place said back to «¿Dónde es, entonces?» («la sede vecinal», «Aula Magna»), which no correction reads
    without its «en»; empty for anything else."""
    if slot not in ("place", "address"):
        return {}
    where = bare_place(parser, text) or place_in(f"en {text.strip()}", parser=parser)
    return {slot: where} if where else {}
