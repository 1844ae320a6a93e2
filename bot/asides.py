"""Asides: an opening that asks for nothing («antes que se me olvide, …», «oye una cosa: …»), left out before the
message is read; and news about what the mayor is doing, told while a proposal waits: «por cierto, el alcalde llega
atrasado hoy, viene en la barcaza». It is said for the office, not about the proposal: its «hoy» is not the
activity's day nor the «barcaza» its place, so nothing of the proposal changes and the proposal still waits.
"""

from __future__ import annotations

import re

from bot.dialogue_words import ASIDE_OPENERS, INTERJECTIONS
from nlu import Parser
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold, fold_letters

OPENERS = re.compile(r"^(?:\W*(?:por\s+cierto|a\s+proposito|de\s+paso|aparte|otra\s+cosa|y|" + "|".join(
    sorted(INTERJECTIONS, key=len, reverse=True)) + r")\b)*\W*")
"""What may come before the news: «por cierto,», «a propósito,», «ah, y»."""
UNSURE = 0.1
"""A reading below this margin is no request of its own."""


def tells_of_the_mayor(parser: Parser, text: str, understanding: Understanding) -> bool:
    """Whether `text` asks for nothing and opens with the mayor as the subject of what it tells («el alcalde llega
    atrasado», «la alcaldesa anda en Puerto Montt»); a pronoun alone («el jueves») is no such subject."""
    if understanding.intent not in ("unknown", "help") and understanding.confidence >= UNSURE:
        return False
    folded = fold(text)
    start = OPENERS.match(folded)
    subject = parser.vocabulary.slot("answer_reason_subjects").at_start(folded, start.end() if start else 0)
    return subject is not None and " " in subject.group().strip()


ASIDE = re.compile(rf"^\W*(?:{alternation(INTERJECTIONS)}\W+)*{alternation(ASIDE_OPENERS)}(?:\s*[,:;.!\-–—]+\s*|\s+)",
                   re.IGNORECASE)
"""«antes que se me olvide,», «oye una cosa:», «ah, por cierto,»: an aside before what the message asks."""


def without_aside(text: str) -> str:
    """The message without the aside that opens it; the message as it is when nothing would be left."""
    found = ASIDE.match(fold_letters(text))
    rest = text[found.end():].strip() if found else ""
    return rest if rest and any(char.isalnum() for char in rest) else text
