"""A clause that denies a value the waiting proposal holds: «me avisan que no será en el gimnasio» while the proposal
says «gimnasio del liceo», «…, no a las 10» while it says 10:00.

Such a clause names the old value, never a new one. A message that carries it is about the proposal, however much
the rest reads like a request of its own («la hacen en la plaza» reads as a complaint about a plaza).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from nlu import Parser
from storage.folding import fold

DENIES = re.compile(r"\b(?:no|ni)\s+(?:es|era|sera|va|queda|fue|seria|sea)\b|^\W*(?:no\s+)*(?:no|ni)\s+(?:en|a|al|el|"
                    r"la|para|ese|esa|ahi|alli|alla)\b")
"""«no es …», «… no era», «no en el gimnasio»: a value said to be wrong (folded text)."""
CLAUSES = re.compile(r"[,;.!?]+|:\s+|\bsino\b|\bpero\b")
PLACE_SLOTS = ("place", "address")
MIN_NAME_WORD = 4
"""A word this long of the held place names it («gimnasio» of «gimnasio del liceo»); shorter ones are articles."""
PROBE = datetime(2001, 1, 1)
"""Any reference moment: only the hour said is compared."""


def denies_held(parser: Parser, slots: dict[str, Any], clause: str) -> bool:
    """Whether `clause` says that a place or an hour the proposal holds is wrong."""
    folded = fold(clause)
    if DENIES.search(folded) is None:
        return False
    return _names_held_place(slots, folded) or _names_held_hour(parser, slots, clause)


def denies_any_held(parser: Parser, slots: dict[str, Any], text: str) -> bool:
    """Whether a clause of `text` denies a value the proposal holds."""
    return any(denies_held(parser, slots, clause) for clause in CLAUSES.split(text) if clause.strip())


def _names_held_place(slots: dict[str, Any], folded: str) -> bool:
    said = set(re.findall(r"\w+", folded))
    for slot in PLACE_SLOTS:
        value = slots.get(slot)
        if isinstance(value, str) and said & {word for word in re.findall(r"\w+", fold(value))
                                               if len(word) >= MIN_NAME_WORD}:
            return True
    return False


def _names_held_hour(parser: Parser, slots: dict[str, Any], clause: str) -> bool:
    said, _ = parser.moment(clause, PROBE)
    if not isinstance(said, datetime):
        return False
    held = slots.get("start")
    hour = held.strftime("%H:%M") if isinstance(held, datetime) else slots.get("time")
    return hour == said.strftime("%H:%M")
