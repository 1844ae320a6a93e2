"""«Disculpe, me equivoqué: el aniversario de la Escuela Arturo Prat es el 16 de enero», «uy perdón, el día del
bombero es el 30 de junio»: a record told again under an apology or a correction head corrects the stored one its
words name; it is not one more record of that name on another day.

Read alone, such a message is a new record («el aniversario … es el 16 de enero» is how one is told), so the opening
decides: only a message that opens as a correction is read as the change of the record its name finds (one record,
found whole; the caller confirms that the change finds it, else the creation goes on as told). The opening itself is
no part of any name: the parser frames it as it frames a greeting.
"""

from __future__ import annotations

import re

from bot.dialogue_words import APOLOGIES, CORRECTION_HEADS, LEAD_WORDS
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

CORRECTED_BY = {"efemeride.create": ("efemeride.update", {"title": "reference"})}
"""A creation that, told as a correction, changes the stored record it names: that change, and the change's slot
that takes each of the creation's slots when their names differ (the title names the efeméride to change)."""
OPENINGS = APOLOGIES | CORRECTION_HEADS
MAX_OPENING = 5
"""Words an opening may run to before the apology or head in it («ah no, disculpe, …»)."""


def told_again(parser: Parser, text: str, understanding: Understanding) -> Understanding | None:
    """The change of the stored record that a creation opened as a correction names, or None; a change so opened
    («Disculpe, me equivoqué: la efeméride del liceo es el 16 de enero», read unsure) is that change."""
    if not opens_as_correction(text):
        return None
    if understanding.intent in {change for change, _ in CORRECTED_BY.values()}:
        return understanding
    change = CORRECTED_BY.get(understanding.intent)
    if change is None:
        return None
    intent, renamed = change
    declared = parser.intents[intent].slots
    slots = {renamed.get(slot, slot): value for slot, value in understanding.slots.items()
             if renamed.get(slot, slot) in declared and value not in (None, "")}
    return Understanding(intent, slots=slots) if set(renamed.values()) <= slots.keys() else None


def opens_as_correction(text: str) -> bool:
    """The message opens, past words that only lead in («ah no», «oiga»), with an apology or a correction head."""
    for word in re.findall(r"\w+", fold(text))[:MAX_OPENING]:
        if word in OPENINGS:
            return True
        if word not in LEAD_WORDS:
            return False
    return False
