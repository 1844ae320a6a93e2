"""Addresses, their number kept: a street type and a name ("Av. Grecia 1550", "pasaje Los Pinos 12"), a
street named after a day ("21 de Mayo 340") or a bearing ("12 Oriente 845"), a flat after the number."""

from __future__ import annotations

import re

from nlu.segments.reader import Reader, Span

NUMBER = re.compile(r"\d{1,5}")
MAX_STREET_WORDS = 4
YEARS = range(1900, 2101)


def find(r: Reader) -> list[Span]:
    """Street and number, the number kept: "Av. Grecia 1550", "pasaje Los Pinos 12", "12 Oriente 845",
    "21 de Mayo 340" (a street named after a date), "Prat 1234 depto 5"."""
    spans: list[Span] = []
    tokens, g = r.tokens, r.gazetteer
    for i, token in enumerate(tokens):
        if (spans and token.start < spans[-1][1]) or not (token.atom or token.word[0].isdigit()
                                                          or token.word in g.street_types):
            continue
        end = None
        if token.word in g.street_types and not token.atom:
            end = _numbered_end(r, i + 1, typed=True)
        elif token.word.isdigit() and i + 2 < len(tokens) and r.words[i + 1] in g.bearings:
            end = street_number_end(r, i + 2, typed=True)
        elif token.atom and _date_named_street(r, i):
            end = street_number_end(r, _atom_end(r, i), typed=False)
        elif _day_named_street(r, i):
            end = street_number_end(r, i + 3, typed=False)
        if end:
            spans.append(r.span(i, end))
    return spans


def _atom_end(r: Reader, i: int) -> int:
    j = i
    while j < len(r.tokens) and r.tokens[j].atom and (j == i or not r.tokens[j].opens):
        j += 1
    return j


def _date_named_street(r: Reader, i: int) -> bool:
    """A date atom right after "en"/"de"/a street type and right before a street number: "en 21 de Mayo 340"."""
    if i and r.tokens[i - 1].atom:
        return False
    j = _atom_end(r, i)
    return j - i >= 3 and street_number_end(r, j, typed=False) is not None


def _day_named_street(r: Reader, i: int) -> bool:
    """"5 de Abril 0750", "18 de Septiembre 1020": a street named after a day, then its number."""
    words = r.words
    if i + 3 >= len(words) or not words[i].isdigit() or len(words[i]) > 2 or words[i + 1] not in r.gazetteer.of_words:
        return False
    if any(t.opens or t.atom for t in r.tokens[i + 1:i + 4]) or not words[i + 2].isalpha():
        return False
    return street_number_end(r, i + 3, typed=False) is not None


def _numbered_end(r: Reader, i: int, typed: bool) -> int | None:
    """After a street type: up to four name words, then a number (or the name alone when typed)."""
    tokens, g = r.tokens, r.gazetteer
    j = i
    if i < len(tokens) and tokens[i].word.isdigit() and not tokens[i].atom and not tokens[i].opens:
        flat = _flat_end(r, i + 1)
        if flat > i + 1:
            return flat  # "pasaje 7, casa 12": the street is a number, the house another
    while j < len(tokens) and j - i < MAX_STREET_WORDS and not tokens[j].atom and (j == i or not tokens[j].opens):
        if tokens[j].word.isdigit() and j > i:
            return street_number_end(r, j, typed)
        if r.words[j] in g.number_words and j + 1 < len(tokens) and tokens[j + 1].word.isdigit():
            return street_number_end(r, j + 1, typed)
        if g.institution_stops.match(r.words, j) and r.words[j] not in g.joiners:
            break
        if j > i and r.words[j] in g.corner_joiners:
            break  # «Av. Colín con 11 Oriente» is a corner, not house 11 of «Colín con»
        j += 1
    return None


def street_number_end(r: Reader, j: int, typed: bool) -> int | None:
    """The number after a street name and a flat after it; a year is no street number unless a street type
    or bearing said it is a street."""
    tokens, g = r.tokens, r.gazetteer
    if j >= len(tokens) or tokens[j].atom or (tokens[j].opens and r.words[j - 1] not in g.number_words):
        return None
    word = tokens[j].word
    if not NUMBER.fullmatch(word) or (not typed and int(word) in YEARS and not word.startswith("0")):
        return None
    if j + 1 < len(tokens) and r.words[j + 1] in g.not_street_number:
        return None
    if typed and j + 1 < len(tokens) and r.words[j + 1] in g.bearings and not tokens[j + 1].opens:
        return j + 2  # «km 12 ruta 5 sur»: the road's bearing is part of its name
    return _flat_end(r, j + 1)


def _flat_end(r: Reader, end: int) -> int:
    """Past a flat or house after the street number, even after a comma: "Prat 1234 depto 5", "pasaje 7,
    casa 12"."""
    tokens, g = r.tokens, r.gazetteer
    if end + 1 < len(tokens) and r.words[end] in g.unit_words and not tokens[end + 1].atom \
            and not tokens[end + 1].opens and any(c.isdigit() for c in tokens[end + 1].word):
        return end + 2
    return end
