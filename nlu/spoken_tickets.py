"""A ticket's number said in words: «reclamo número cuarenta y dos», «el caso ciento cinco»."""

from __future__ import annotations

import re
from functools import cached_property

from nlu.slots.common import TICKET_WORDS, Span
from nlu.spoken_numbers import SpokenNumbers


class SpokenTickets:
    """A dictated message writes the ticket's number as it is said, and the office looks it up by its digits."""

    def __init__(self, numbers: SpokenNumbers) -> None:
        self.numbers = numbers
        self._said = (rf"(?<![a-z])(?:{'|'.join(TICKET_WORDS)})\s+(?:(?:n|no|numero|nro)\b\.?\s*|n°\s*)?"
                      rf"(?P<number>{numbers.pattern})(?![a-z])")

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
        return str(self.numbers.value(match.group("number"))), match.span("number")
