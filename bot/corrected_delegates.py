"""«el concejal Pizarro no, la concejala Tapia» while «Respuesta: delegar en concejal Pizarro» waits: who goes is
corrected, and the answer stays a delegation.

Read as a new message, the «no» of such a correction refuses the invitation and the held delegate reads as the
invitation it names. While a delegation waits, a clause that says «no» beside the delegate held denies that person,
and the other clause names who goes instead («la concejala Tapia, no el concejal Pizarro», «Pizarro no, q la cubra
la Tapia»); a «no» that opens the message («no, mejor que vaya la concejala Tapia») corrects who goes only when the
rest says someone goes.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.dialogue_words import CLAUSES, LEAD_WORDS, NO_WORDS, words
from handlers.reference_match import FILLER
from nlu import Parser
from storage.folding import fold

ANSWER = "invitation.respond"
INSTEAD = re.compile(r"\s+sino\s+", re.IGNORECASE)
"""«no Pizarro sino la concejala Tapia»: «sino» opens who goes instead, as a comma would."""


def corrected_delegate(parser: Parser, intent: str, slots: dict[str, Any], text: str, now: datetime) -> str | None:
    """Who goes instead of the delegate a waiting delegation holds, when `text` corrects that person; else None."""
    held = slots.get("delegate")
    if intent != ANSWER or slots.get("response") != "delegated" or not isinstance(held, str):
        return None
    clauses = [clause for part in CLAUSES.split(text) for clause in INSTEAD.split(part)
               if any(word not in LEAD_WORDS for word in words(clause))]
    names = _names(held)
    denying = [clause for clause in clauses if NO_WORDS & set(words(clause)) and names & set(words(clause))]
    rest = [clause for clause in clauses if clause not in denying]
    opens_with_no = next(iter(words(text)), "") in NO_WORDS
    if len(rest) != 1 or not (denying or opens_with_no):
        return None
    said = parser.parse_as(rest[0], now, ANSWER).slots
    if said.get("response", "delegated") != "delegated":
        return None  # «Pizarro no, mejor declínela»: another answer, not another person
    instead = said.get("delegate") or (said.get("reference") if denying else None)
    return instead if isinstance(instead, str) and fold(instead) != fold(held) else None


def _names(held: str) -> set[str]:
    """The words that name the delegate held: its capitalised ones («Pizarro» of «concejal Pizarro»), as a post
    («concejal») is shared with whoever goes instead; every word when none is («el administrador»)."""
    capitalised = {fold(word) for word in held.split() if word[:1].isupper()}
    return capitalised or set(words(held)) - FILLER
