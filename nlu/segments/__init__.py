"""A message split once into its constituents: the words that talk to the bot (greetings, fillers, request
verbs and where to put the matter), the people named (name, post, institution), institutions, municipal
units and addresses.

Text slots are cut from what is left, so command words, greetings and fillers never enter a title, a
description or a name, whatever the capability. The words are data (`nlu/gazetteers/*.toml`); the request
verbs' forms are spelled from their lemmas by `nlu/morphology.py`, once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from nlu.gazetteer import load
from nlu.segments import addresses, commands, people, streets
from nlu.segments.people import Person, name_end
from nlu.segments.reader import Reader, Span, Token, no_break, request_forms, tokenize, verb_forms

__all__ = ["Constituents", "Person", "Span", "Token", "segment", "verb_forms"]


@dataclass
class Constituents:
    tokens: list[Token]
    frame: list[Span] = field(default_factory=list)
    """Command words, greetings and fillers: never part of a text slot."""
    people: list[Person] = field(default_factory=list)
    institutions: list[Span] = field(default_factory=list)
    addresses: list[Span] = field(default_factory=list)
    """Street and number ("Av. Grecia 1550")."""
    places: list[streets.Place] = field(default_factory=list)
    """Places without that form (a corner, a neighbourhood, a street named alone), best first."""
    reader: Reader | None = None

    def in_frame(self, position: int) -> bool:
        return any(a <= position < b for a, b in self.frame)

    def preceded_by(self, position: int, leads: Collection[str], skipping: Collection[str] = ()) -> bool:
        """Whether the word before `position`, past any words in `skipping`, is one of `leads`, in the same
        clause: "de la Cámara" is preceded by "de" past "la"."""
        tokens = self.tokens
        index = next((i for i, t in enumerate(tokens) if t.start >= position), len(tokens))
        if index < len(tokens) and tokens[index].opens:
            return False
        k = index - 1
        while k >= 0 and tokens[k].word in skipping:
            if tokens[k].opens:
                return False
            k -= 1
        return k >= 0 and tokens[k].word in leads

    def name_after(self, position: int) -> Span | None:
        """The person's name that starts at the first word from `position` ("vecina ana maria olguin")."""
        r = self.reader
        first = next((i for i, t in enumerate(self.tokens) if t.start >= position), None)
        if r is None or first is None:
            return None
        end = name_end(r, first, across_comma=True)
        return r.span(first, end) if end > first else None


def segment(norm: str, original: Callable[[int], str], taken: Sequence[Span], lowercase: bool,
            stops: Collection[str] = frozenset(), periods: Collection[int] = frozenset(),
            lines: Collection[int] = frozenset()) -> Constituents:
    """The constituents of one message; `taken` are the atoms (dates, phones, e-mails, tickets), `periods` those
    that close an abbreviation as written ("Gral.", "Dpto."), which end no clause, `lines` where the writer broke
    a line (folding made those spaces)."""
    g = load()
    tokens = tokenize(norm, (lambda _: "") if lowercase else original, taken, no_break(g), periods, lines)
    words = [t.word for t in tokens]
    reader = Reader(tokens, words, g, request_forms(g), lowercase, stops)
    found = Constituents(tokens, reader=reader)
    found.frame = commands.find(reader)
    found.people, found.institutions = people.find(reader, found.frame)
    found.addresses = addresses.find(reader)
    found.places = streets.find(reader, found.addresses)
    return found
