"""«mejor hágalo en el salón de honor, va a llover», «suspende la reunión del jueves porque el alcalde viaja»: the
reason said with a request.

People say why along with what they ask; the reason names neither the record nor a new value, so read as part of the
request it would become the end of a place or a title, or words that keep a correction from finding its record. The
words that open a reason are data (`reason_openers` in dialogue_words.toml).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.dialogue_words import REASON_OPENERS
from nlu import Parser
from nlu.phrases import alternation
from nlu.understanding import Understanding
from nlu.vocabulary import Vocabulary
from storage.folding import fold, fold_letters

REASON = re.compile(rf"\s*(?:[,;:.]\s*|\s){alternation(REASON_OPENERS)}\b.*$", re.IGNORECASE | re.DOTALL)
"""From a reason's opening word (after a pause or a space) to the end of the message."""


def without_reason(text: str) -> str:
    """The request without the reason said after it; the message as it is when what is left would be empty."""
    found = REASON.search(text)
    if found is None or found.start() == 0:
        return text
    return text[:found.start()].rstrip(" ,;:.")


def named_without_reason(parser: Parser, text: str, understanding: Understanding, now: datetime) -> Understanding:
    """«cancela el almuerzo con el club ya que el alcalde viaja»: the record named by the words before the reason
    (read as part of its name, the reason would find no record); the rest of the reading as it was."""
    reference = understanding.slots.get("reference")
    shorter = without_reason(text)
    if not isinstance(reference, str) or shorter == text:
        return understanding
    reason = fold(text[len(shorter):]).strip(" ,;:.")
    if not reason or reason not in fold(reference):
        return understanding
    named = parser.parse_as(shorter, now, understanding.intent).slots.get("reference")
    return replace(understanding, slots={**understanding.slots, "reference": named}) if named else understanding


def place_without_aside(vocabulary: Vocabulary, place: str) -> str:
    """«en el liceo debido a la lluvia», «en el gimnasio y no en la plaza», said while a proposal waits or of a record
    stored: the place up to the reason for it or the old place it denies, by the rule the understanding keeps for
    every place it reads (`place_asides`), so that a corrected place is cut where a new or changed one is."""
    aside = vocabulary.slot("place_asides").search(fold_letters(place), 1)
    return place if aside is None else place[:aside.start()].rstrip(" ,;:.")


def up_to_the_place(vocabulary: Vocabulary, text: str, place: str) -> str:
    """«la reunión con los dirigentes quedó en el gimnasio por la lluvia»: the message up to its new place when what
    follows the place is the reason for it or the old place denied, so that those words are not taken for the name
    of the record changed; the message as it is otherwise."""
    folded = fold_letters(text)
    start = folded.find(fold_letters(place))
    if start < 0:
        return text
    end = start + len(place)
    aside = vocabulary.slot("place_asides").search(folded, end)
    return text[:end] if aside is not None and not folded[end:aside.start()].strip(" ,;:.") else text
