"""A ticket's number said in words: «reclamo número cuarenta y dos», «el caso ciento cinco»."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property

from nlu.phrases import alternation
from nlu.slots.common import TICKET_WORDS, Span

NOT_ALONE = frozenset({"un", "una", "primero"})
"""Units that after «reclamo» are an article or an order, not a number: «el reclamo una vez más»."""


class SpokenTickets:
    """The words are the lexicon's numbers up to 29, the tens that join a unit with «y», and the hundreds; a
    dictated message writes the ticket's number as it is said, and the office looks it up by its digits."""

    def __init__(self, numbers: Mapping[str, int], tens: Mapping[str, int], hundreds: Mapping[str, int]) -> None:
        units = {word: value for word, value in numbers.items() if " " not in word and 0 <= value <= 29}
        self.values = {**units, **tens, **hundreds}
        small = alternation(word for word, value in units.items() if 1 <= value <= 9 and word not in NOT_ALONE)
        number = (rf"(?:(?:{alternation(hundreds)})(?:\s+(?:{alternation(tens)}(?:\s+y\s+{small})?|"
                  rf"{alternation(units)}))?|{alternation(tens)}(?:\s+y\s+{small})?|"
                  rf"{alternation(w for w in units if w not in NOT_ALONE)})")
        self._said = (rf"(?<![a-z])(?:{'|'.join(TICKET_WORDS)})\s+(?:(?:n|no|numero|nro)\b\.?\s*|n°\s*)?"
                      rf"(?P<number>{number})(?![a-z])")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled for the first message that holds a ticket's word: a greeting's `gabinete parse` is spared it."""
        return re.compile(self._said)

    def find(self, norm: str) -> tuple[str, Span] | None:
        """The first ticket said in words, as its digits, with the span of its words."""
        if not any(word in norm for word in TICKET_WORDS):
            return None
        match = self.pattern.search(norm)
        if match is None:
            return None
        value = sum(self.values[word] for word in match.group("number").split() if word != "y")
        return str(value), match.span("number")
