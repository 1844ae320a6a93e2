"""Chilean phone numbers: find them in a message and write them the one way the office stores them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

CANDIDATE = re.compile(r"(?<![\w@.\-/])(?<!\d:)(\+?\s?\(?\d[\d\s().\-]{5,18}\d)(?![\w@/]|[:.]\d)")
"""A run of digits, spaces, dots, dashes and brackets; a colon may label it ("fono:9...") or end a clause after
it ("tlf 9 7654 3210: ..."), but a colon between digits is a clock."""
DIGIT_RUN = re.compile(r"\d[\d\s().\-]{5,18}\d")
"""The core every candidate holds; a search that starts at a digit is quick, so most messages stop here."""
LEAD = len("+ (")
"""How far before its first digit a candidate may start."""
MOBILE_DIGITS = 9
"""Digits of a Chilean number without the country code, a mobile («9 8765 4321») and a landline alike."""
COUNTRY = "56"
AREA_CODES = ("2", "32", "33", "34", "35", "41", "42", "43", "45", "51", "52", "53", "55", "57", "58", "61", "63",
              "64", "65", "67", "71", "72", "73", "75")
"""Chile's landline area codes (2 Santiago with eight digits after it, the regions' two-digit codes with seven): a
number of nine digits opening with one is a landline, stored with the country code as a mobile is."""


def normalise_phone(raw: str) -> str | None:
    """`+56 9 8765 4321` and `9 8765 4321` → `+56987654321`; a landline with its area code (`73 221 4567`,
    `2 2345 6789`) → `+56732214567`, `+56223456789`; eight digits with no area code keep their digits."""
    digits = re.sub(r"\D", "", raw)
    if digits.startswith(COUNTRY) and len(digits) == 2 + MOBILE_DIGITS:
        return "+" + digits
    if len(digits) == MOBILE_DIGITS and (digits.startswith("9") or digits.startswith(AREA_CODES)):
        return "+" + COUNTRY + digits
    if len(digits) in (8, 9):
        return digits
    if raw.lstrip().startswith("+") and 10 <= len(digits) <= 15:
        return "+" + digits
    return None


def written_phones(norm: str) -> list[tuple[int, int, str]]:
    """Every phone number written in digits in the folded text, whatever else it may overlap: found once per message
    and then kept `apart` from the spans taken at each step, instead of the text being read again for each."""
    first = DIGIT_RUN.search(norm)
    if first is None:
        return []
    found = []
    for match in CANDIDATE.finditer(norm, max(0, first.start() - LEAD)):
        start = match.start(1)
        raw = match.group(1).rstrip(" .-(")
        phone = normalise_phone(raw)
        if phone:
            found.append((start, start + len(raw), phone))
    return found


def apart(phones: list[tuple[int, int, str]], taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The phones that overlap none of the `taken` spans."""
    return [phone for phone in phones if not any(a < phone[1] and phone[0] < b for a, b in taken)]


TOKEN = re.compile(r"[a-z]+|\d+|\+")
SPOKEN_GAP = re.compile(r"[\s,.\-]*")
"""What may stand between two said parts of one number: blanks, a comma or a dash of dictation."""
MIN_SPOKEN_DIGITS = 8


class SpokenPhones:
    """Phone numbers said in words, as a dictated message writes them: «nueve ocho siete seis…», «nueve
    ochenta y siete sesenta y cinco…», «más cincuenta y seis nueve…», digit groups mixed in («nueve 8765
    4321»). The words are the lexicon's: its numbers up to 29, the tens that join a unit with «y», the words
    for the plus sign."""

    def __init__(self, numbers: Mapping[str, int], tens: Mapping[str, int], plus: Sequence[str],
                 joiner: str = "y") -> None:
        self.units = {word: value for word, value in numbers.items() if " " not in word and 0 <= value <= 29}
        self.tens = dict(tens)
        self.plus = frozenset(plus)
        self.joiner = joiner
        self.words = frozenset(self.units) | frozenset(self.tens)

    def find(self, norm: str, tokens: frozenset[str] | set[str], taken: Sequence[tuple[int, int]] = ()
             ) -> list[tuple[int, int, str]]:
        """Every run of said digits long enough for a phone, with its span in the folded text; a message with
        no number word is settled by one set test."""
        if self.words.isdisjoint(tokens):
            return []
        parts = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(norm)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(parts):
            start, end, digits, i = self._run(norm, parts, i)
            said = sum(c.isdigit() for c in digits)
            if said >= MIN_SPOKEN_DIGITS and not any(a < end and start < b for a, b in taken):
                phone = normalise_phone(digits)
                if phone:
                    found.append((start, end, phone))
        return found

    def _run(self, norm: str, parts: list[tuple[int, int, str]], i: int) -> tuple[int, int, str, int]:
        """The longest run of said or written digits from part `i`: (start, end, digits, next part); digits ""
        when the run holds no said number, since a run written in digits alone is `written_phones`' business."""
        start, end, digits = parts[i][0], parts[i][0], ""
        spoken = False
        j = i
        while j < len(parts):
            if j > i and not SPOKEN_GAP.fullmatch(norm, parts[j - 1][1], parts[j][0]):
                break
            word = parts[j][2]
            if word.isdigit():
                value, used = word, 1
            elif word in self.plus or word == "+":
                if digits:
                    break
                value, used = "+", 1
            else:
                value, used = self._number(parts, j)
                if value is None:
                    break
                spoken = True
            digits += value
            end = parts[j + used - 1][1]
            j += used
        if not spoken or j == i:
            return start, end, "", max(j, i + 1)
        return start, end, digits, j

    def _number(self, parts: list[tuple[int, int, str]], j: int) -> tuple[str | None, int]:
        """A said number at part `j`: a unit or teen («ocho», «quince»), a ten alone or joined to a unit
        («ochenta», «ochenta y siete»)."""
        word = parts[j][2]
        if word in self.units:
            return str(self.units[word]), 1
        if word in self.tens:
            if j + 2 < len(parts) and parts[j + 1][2] == self.joiner and 1 <= self.units.get(parts[j + 2][2], 0) <= 9:
                return str(self.tens[word] + self.units[parts[j + 2][2]]), 3
            return str(self.tens[word]), 1
        return None, 0
