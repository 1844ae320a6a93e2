"""A message split once into its constituents: the words that talk to the bot (greetings, fillers, request
verbs and where to put the matter), the people named (name, post, institution), institutions, municipal
units and addresses.

Text slots are cut from what is left, so command words, greetings and fillers never enter a title, a
description or a name, whatever the capability. The words are data (`nlu/gazetteers/*.toml`); the request
verbs' forms are spelled from their lemmas by `nlu/morphology.py`, once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cached_property

from nlu.gazetteer import load
from nlu.segments import addresses, commands, people, streets
from nlu.segments.people import Person, name_end
from nlu.segments.reader import Reader, Span, Token, no_break, request_forms, tokenize, verb_forms

__all__ = ["Constituents", "Person", "Span", "Token", "segment", "verb_forms"]


class Constituents:
    """Each kind of constituent is found when an extractor first asks for it: most intents' slots read only the
    frame, and finding people, institutions and places in a message whose winner never asks for them was a
    good part of the work of understanding it."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.tokens: list[Token] = reader.tokens

    @cached_property
    def frame(self) -> list[Span]:
        """Command words, greetings and fillers: never part of a text slot."""
        return commands.find(self.reader)

    @cached_property
    def _named(self) -> tuple[list[Person], list[Span]]:
        return people.find(self.reader, self.frame)

    @property
    def people(self) -> list[Person]:
        return self._named[0]

    @property
    def institutions(self) -> list[Span]:
        return self._named[1]

    @cached_property
    def addresses(self) -> list[Span]:
        """Street and number ("Av. Grecia 1550")."""
        return addresses.find(self.reader)

    @cached_property
    def places(self) -> list[streets.Place]:
        """Places without that form (a corner, a neighbourhood, a street named alone), best first."""
        return streets.find(self.reader, self.addresses)

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
        if first is None:
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
    return Constituents(reader)
