"""Data a dictated message says in words where a typed one writes marks and digits: an e-mail («curibe arroba
saludosorno punto cl»), a house number («pasaje Los Notros número trescientos doce»), a phone («nueve ocho ocho
siete seis, cinco cuatro tres dos»). Each is written as it would be typed before anything reads the message, so
the slots, the corrections of a waiting proposal and the stored record hold «curibe@saludosorno.cl», «pasaje Los
Notros 312», «+56988765432», never the words that stood for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from nlu.phones import SpokenPhones
from nlu.phrases import alternation
from nlu.slots.common import TICKET_WORDS
from nlu.spoken_numbers import SpokenNumbers

Piece = tuple[int, int, str]
"""(start, end) of the folded text and what is written there instead."""
LABEL = r"[a-z0-9][a-z0-9_\-]*"
NAME_WORD = r"[a-z]+(?:['’][a-z]+)?"
"""A word of a street's name, with its apostrophe («o'higgins»)."""
HOST_WORDS = 3
"""At most this many words say the first label of a host («muni osorno» → «muniosorno»)."""
STREET_NAME_WORDS = 3
"""At most this many words name a street before its house number said with no «número» («avenida Los Carrera»)."""
LEAST_UNLED_HOUSE_NUMBER = 100
"""A house number said with no «número» reads as one from the hundreds on («Los Carrera mil doscientos treinta»):
a smaller number after a street's name is as often something else («calle Prat dos perros sueltos»), so it is read
only where it closes the place."""


@dataclass(frozen=True)
class StreetWords:
    """The lexicon's words around a house number said in words (`[spoken_number]`, `[slots]`, the date words)."""

    house_number_said: Sequence[str]
    """«número», «nro»: what leads a house number anywhere."""
    not_before_house_number: Sequence[str]
    street_types: Sequence[str]
    place_leads: Sequence[str]
    """«en», «domicilio»: what leads a place whose street has no type («en Prat cuarenta y cinco»)."""
    house_number_closers: Sequence[str]
    not_street_name: Sequence[str]
    date_words: Sequence[str]
    """Weekdays and months: a number after one is a day («el sábado quince»)."""


class SpokenData:
    """Finds the data said in words in a folded message; the words are the lexicon's."""

    def __init__(self, numbers: SpokenNumbers, phones: SpokenPhones, streets: StreetWords, at: str,
                 email_marks: Mapping[str, str]) -> None:
        self.numbers = numbers
        self.phones = phones
        self.house_number_said = tuple(streets.house_number_said)
        self.street_types = tuple(streets.street_types)
        self.place_leads = tuple(streets.place_leads)
        self.house_number_closers = tuple(streets.house_number_closers)
        self.not_street_name = frozenset(streets.not_street_name)
        self.date_words = frozenset(streets.date_words)
        self.not_before_house_number = frozenset({*TICKET_WORDS, *streets.not_before_house_number})
        """«reclamo número doce» is a ticket, «al número nueve…» a phone: a house number follows a street's name."""
        self.at = at
        self.email_marks = dict(email_marks)
        self.dot = next(word for word, mark in email_marks.items() if mark == ".")

    @cached_property
    def _house_number(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![a-z])(?P<before>[a-z]+)\s+(?P<lead>{alternation(self.house_number_said)})\.?\s+"
                          rf"(?P<number>{self.numbers.pattern})(?![a-z])(?!\s+(?:{alternation(self.numbers.values)}"
                          rf")(?![a-z]))")

    @cached_property
    def _unled_house_number(self) -> re.Pattern[str]:
        """A street's type or a place's lead, the street's name, then its number in words: «avenida los carrera mil
        doscientos treinta», «en prat cuarenta y cinco», «calle o'higgins trescientos»."""
        return re.compile(rf"(?<![a-z])(?:(?P<type>{alternation(self.street_types)})\.?|"
                          rf"{alternation(self.place_leads)})\s+(?P<name>(?:{NAME_WORD}\s+){{1,{STREET_NAME_WORDS}}}?)"
                          rf"(?P<number>{self.numbers.pattern})(?![a-z])"
                          rf"(?!\s+(?:{alternation(self.numbers.values)})(?![a-z]))")

    @cached_property
    def _clause_end(self) -> re.Pattern[str]:
        """What may follow a house number that closes its place: the message's end, a mark, or a word that opens
        the next constituent («en Prat cuarenta y cinco, a las diez», «… el martes»)."""
        return re.compile(rf"\s*(?:$|[,.;:!?)]|{alternation(self.house_number_closers)}(?![a-z]))")

    @cached_property
    def _joint(self) -> re.Pattern[str]:
        """A mark said between two words of an e-mail, the longest first («guion bajo» before «guion»)."""
        return re.compile(rf"\s+({'|'.join(map(re.escape, sorted(self.email_marks, key=len, reverse=True)))})\s+")

    @cached_property
    def _email(self) -> re.Pattern[str]:
        joint = self._joint.pattern.replace("(", "(?:", 1)
        dot = rf"\s+{self.dot}\s+"
        return re.compile(rf"(?<![\w@.])(?P<local>{LABEL}(?:{joint}{LABEL})*)\s+{self.at}\s+"
                          rf"(?P<host>{LABEL}(?:\s+{LABEL}){{0,{HOST_WORDS - 1}}}?)(?P<rest>(?:{dot}[a-z]{{2,}})+)"
                          rf"(?![\w@])")

    def find(self, norm: str, tokens: frozenset[str] | set[str], said: Callable[[int, int], str]) -> list[Piece]:
        """Every datum said in words, in order and not overlapping; a message with none of their words is settled
        by set tests. `said` gives the folded words as written for a span: an e-mail's «muni» is no «municipalidad»."""
        pieces = self._emails(norm, said) if self.at in tokens else []
        pieces += self.phones.find(norm, tokens, [(a, b) for a, b, _ in pieces])
        if not tokens.isdisjoint(self.house_number_said):
            pieces += [piece for piece in self._house_numbers(norm)
                       if not any(a < piece[1] and piece[0] < b for a, b, _ in pieces)]
        if not tokens.isdisjoint(self.street_types) or not tokens.isdisjoint(self.place_leads):
            pieces += [piece for piece in self._unled_house_numbers(norm)
                       if not any(a < piece[1] and piece[0] < b for a, b, _ in pieces)]
        return sorted(pieces)

    def _emails(self, norm: str, said: Callable[[int, int], str]) -> list[Piece]:
        found = []
        for spelled in self._email.finditer(norm):
            match = self._email.fullmatch(said(*spelled.span())) or spelled
            local = self._joint.sub(lambda said: self.email_marks[said.group(1)], match.group("local"))
            rest = "".join("." + label for label in match.group("rest").split() if label != self.dot)
            found.append((*spelled.span(), f"{local}@{match.group('host').replace(' ', '')}{rest}"))
        return found

    def _house_numbers(self, norm: str) -> list[Piece]:
        """«Los Notros número trescientos doce» → «Los Notros 312»: the number as an address writes it."""
        return [(match.start("lead"), match.end("number"), str(self.numbers.value(match.group("number"))))
                for match in self._house_number.finditer(norm)
                if match.group("before") not in self.not_before_house_number]

    def _unled_house_numbers(self, norm: str) -> list[Piece]:
        """«avenida Los Carrera mil doscientos treinta» → «avenida Los Carrera 1230», «en Prat cuarenta y cinco» →
        «en Prat 45»: a house number in words right after a street's name. After a street's type one from the
        hundreds on is always read so; a smaller one, or one after a mere «en», only where it closes the place."""
        found = []
        for match in self._unled_house_number.finditer(norm):
            number = self.numbers.value(match.group("number"))
            if (match.group("type") and number >= LEAST_UNLED_HOUSE_NUMBER) or self._closes_a_street(norm, match):
                found.append((match.start("number"), match.end("number"), str(number)))
        return found

    def _closes_a_street(self, norm: str, match: re.Match[str]) -> bool:
        """The number ends its clause, after a name with no word of a time or a date in it: «en sala a las
        diez», «en el gimnasio el sábado quince» and «pasaje Los Olmos dos veces» say no house number."""
        words = match.group("name").split()
        return self.not_street_name.isdisjoint(words) and words[-1] not in self.not_before_house_number \
            and words[-1] not in self.date_words and self._clause_end.match(norm, match.end()) is not None
