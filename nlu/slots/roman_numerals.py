"""A Roman numeral that numbers an institution, typed in lower case («la vi división de ejército», «iv zona de
carabineros»): a record keeps it in capitals («VI División»), as the army and the police write it, and as a search
for «VI División» expects to find it."""

from __future__ import annotations

import re

from nlu.gazetteer import load
from nlu.normalize import fold
from nlu.segments.reader import ROMAN

WORD = re.compile(r"[^\W\d_]+")


def numerals_in_capitals(value: str) -> str:
    """`value` with each lower-case Roman numeral right before an institution's head written in capitals; a «vi»
    before anything else is the verb, and stays as typed."""
    if not any(letter in value for letter in "ivx"):
        return value
    words = list(WORD.finditer(value))
    folded = [fold(word.group()) for word in words]
    heads = load().institution_heads
    kept = list(value)
    for index, word in enumerate(words):
        if word.group().islower() and ROMAN.fullmatch(folded[index]) and heads.match(folded, index + 1):
            kept[word.start():word.end()] = word.group().upper()
    return "".join(kept)
