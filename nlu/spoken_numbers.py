"""A number said in words, up to the thousands: «ciento cinco», «trescientos doce», «mil doscientos cuarenta».

One reader for every number a dictated message says where digits would be typed: a ticket's number
(`nlu.spoken_tickets`), a house number in an address (`nlu.spoken_data`). The words are the lexicon's: its numbers
up to 29, the tens that join a unit with «y», the hundreds and the word for a thousand.
"""

from __future__ import annotations

from collections.abc import Mapping

from nlu.phrases import alternation

NOT_ALONE = frozenset({"un", "una", "primero"})
"""Units that alone are an article or an order, not a number: «el reclamo una vez más», «número uno» is fine."""
JOINER = "y"


class SpokenNumbers:
    """The grammar of one number in words (`pattern`, a regex source with no group) and its value."""

    def __init__(self, numbers: Mapping[str, int], tens: Mapping[str, int], hundreds: Mapping[str, int],
                 thousand: str) -> None:
        units = {word: value for word, value in numbers.items() if " " not in word and 0 <= value <= 29}
        self.values = {**units, **tens, **hundreds}
        self.thousand = thousand
        small = alternation(word for word, value in units.items() if 1 <= value <= 9 and word not in NOT_ALONE)
        ten = rf"{alternation(tens)}(?:\s+{JOINER}\s+{small})?"
        below = (rf"(?:(?:{alternation(hundreds)})(?:\s+(?:{ten}|{alternation(units)}))?|{ten}|"
                 rf"{alternation(w for w in units if w not in NOT_ALONE)})")
        self.pattern = rf"(?:(?:(?:{ten}|{small})\s+)?{thousand}(?:\s+{below})?|{below})"

    def value(self, said: str) -> int:
        """The number the words say: «mil doscientos cuarenta» → 1240, «dos mil cinco» → 2005."""
        total = current = 0
        for word in said.split():
            if word == self.thousand:
                total, current = total + (current or 1) * 1000, 0
            elif word != JOINER:
                current += self.values[word]
        return total + current
