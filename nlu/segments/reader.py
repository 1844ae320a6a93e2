"""The message as the constituent finders read it: its words, whether each was capitalised, opens a clause
or belongs to a date or phone already found, and the gazetteer look-ups they all share."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from nlu.gazetteer import Gazetteer, PhraseTable
from nlu.morphology import forms

Span = tuple[int, int]
TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*")
PARTICIPLES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
"""Endings of the participles among a verb's other forms (morphology, not words)."""
BREAK = re.compile(r"[,;:!?()\[\]\n]|\.(?!\d)|\s-\s")


ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
"""A Roman numeral up to 39, folded: how the army, the navy and the police number divisions and zones."""


class Token(NamedTuple):
    word: str
    start: int
    end: int
    upper: bool
    """Its first letter was written in capitals."""
    opens: bool
    """A clause begins at it: it is the first word, or punctuation stands before it."""
    atom: bool
    """It is part of a date, time, phone, e-mail or ticket the parser already found."""
    line: bool = False
    """A line break stands before it: a clause begins, yet in a signature («Jefa de Gabinete⏎Delegación X») the
    line after a post still says where the post is."""


@dataclass
class Reader:
    """The message's tokens and the gazetteer, with the look-ups every finder shares."""

    tokens: list[Token]
    words: list[str]
    gazetteer: Gazetteer
    forms: frozenset[str]
    lowercase: bool
    """Nobody capitalised anything (or everything): names are known from the gazetteer, not from capitals."""
    stops: Collection[str] = frozenset()
    """Words that end a name written in lower case besides the gazetteer's (the capability's event nouns)."""

    def may(self, table: PhraseTable) -> bool:
        """Whether any phrase of `table` can start in this message (most tables have none of its words)."""
        return not table.firsts.isdisjoint(self.words)

    def is_verb(self, i: int) -> bool:
        """A request verb form; one that is a noun too only before an article, a date, a target («ingresó por
        oficina de partes»), whom it is said to («agendá vos…») or nothing; a given
        name written with its capital ("Tomás") is no verb."""
        word = self.words[i]
        if word not in self.forms or (self.capital(i) and word in self.gazetteer.given_names.firsts):
            return False
        if word not in self.gazetteer.noun_forms:
            return True
        after = i + 1
        if after >= len(self.tokens) or self.tokens[after].opens or self.tokens[after].atom:
            return True
        followers = self.gazetteer.command_followers
        return self.words[after] in followers or bool(self.gazetteer.targets.match(self.words, after)
                                                      or self.gazetteer.addressed.match(self.words, after))

    def atom(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].atom

    def capital(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].upper and not self.lowercase

    def ordinal(self, i: int) -> bool:
        """An ordinal that may number an institution: «tercera», «25ª», or a Roman numeral («la VI División», «la XV
        Zona»); in lower case «vi» is a verb too, so one typed so numbers only an institution's head right after it
        («la iv zona de carabineros»)."""
        word = self.words[i]
        if self.gazetteer.ordinal(word):
            return True
        return ROMAN.fullmatch(word) is not None and (
            self.tokens[i].upper or bool(self.gazetteer.institution_heads.match(self.words, i + 1)))

    def heads_something(self, i: int) -> bool:
        g = self.gazetteer
        return bool(g.posts.match(self.words, i) or g.institution_heads.match(self.words, i)
                    or self.words[i] in g.honorifics)

    def span(self, first: int, end: int) -> Span:
        return self.tokens[first].start, self.tokens[end - 1].end


def tokenize(norm: str, original: Callable[[int], str], taken: Sequence[Span], abbreviations: Collection[str],
             periods: Collection[int] = frozenset(), lines: Collection[int] = frozenset()) -> list[Token]:
    """The words of the folded text, each knowing whether it was capitalised, opens a clause or is an atom; a
    period in `periods` (an abbreviation's, as written) opens none, a line break at a position in `lines` opens
    one as punctuation does («From: Ana Ríos⏎Date: …»: no name runs on into the next line)."""
    tokens: list[Token] = []
    previous_end = 0
    spans = sorted(taken)
    k = 0
    new = tuple.__new__  # a Token made without the Python-level constructor: a message has dozens
    for match in TOKEN.finditer(norm):
        start, end = match.span()
        word = match.group()
        gap = norm[previous_end:start]
        line = bool(lines) and any(previous_end <= position < start for position in lines)
        opens = not tokens or line or (gap != " " and _breaks(gap, tokens[-1].word, abbreviations)
                                       and not (periods and gap.strip() == "." and previous_end + gap.index(".")
                                                in periods))
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        atom = k < len(spans) and spans[k][0] <= start
        tokens.append(new(Token, (word, start, end, original(start).isupper(), opens, atom, line)))
        previous_end = end
    return tokens


def _breaks(gap: str, before: str, abbreviations: Collection[str]) -> bool:
    if gap == " " or not BREAK.search(gap):
        return False
    return not (gap.strip() == "." and before in abbreviations)



@cache
def no_break(g: Gazetteer) -> frozenset[str]:
    """Words whose period ends no clause: abbreviations, honorifics and street types, also as the normaliser
    spells them out ("Sra." is "senora.", "Av." is "avenida.")."""
    return g.abbreviations | g.honorifics | g.street_types


@cache
def request_forms(g: Gazetteer) -> frozenset[str]:
    """`verb_forms` of the gazetteer's request verbs, found without hashing their lemmas for every message."""
    return verb_forms(g.verbs, g.irregular)


@cache
def verb_forms(lemmas: tuple[str, ...], irregular: frozenset[str]) -> frozenset[str]:
    """The chat forms of the request verbs that ask or report a request (nlu/morphology.py spells them from
    the lemmas): imperatives, infinitives, participles ("se ha recibido"), and the irregular ones the gazetteer
    lists; not the present or past tenses, which tell ("hace dos semanas", "llega el lunes")."""
    found = set(irregular)
    for entry in lemmas:
        spelled = forms(entry)
        found |= spelled.requests | spelled.infinitives
        found |= {word for word in spelled.others if word.endswith(PARTICIPLES)}
        # "que agendes", "que pongas": the tú subjunctive asks too (-ar verbs end it in -es, the others in -as).
        vowel = "e" if spelled.lemma.endswith("ar") else "a"
        found |= {word + "s" for word in spelled.requests if word.endswith(vowel) and len(word) > 3}
    return frozenset(found)
