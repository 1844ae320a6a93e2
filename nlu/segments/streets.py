"""Places told without the «street and number» form: a corner ("esquina de Ortúzar con Serrano", "4 Sur con
6 Oriente"), a house number said first ("frente al 2250 de av. Grau"), a street named where the problem is
("toda la cuadra de Los Carrera") and a neighbourhood or street with its type and no number ("población
Rosario", "villa Los Aromos", "pasaje El Roble").

Each is ranked, since a message may name several: a corner, a house number or a street named where the problem
is ("vecinos de villa X reclaman … en toda la cuadra de Y") beat a neighbourhood named with its type.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from nlu.gazetteer import Gazetteer
from nlu.segments.addresses import street_number_end
from nlu.segments.reader import Reader, Span

MAX_NAME_WORDS = 4
"""Capitalised words of a street's name ("Manso de Velasco", "Pedro Aguirre Cerda")."""
MAX_LOWER_WORDS = 3
"""Words of a street's name written in lower case, which no capital ends: fewer, the rest is the complaint."""
HOUSE_NUMBER_DIGITS = 5


class Place(NamedTuple):
    span: Span
    pieces: tuple[Span, ...]
    """What says it, in the order an address is written: "al 2250 de av grau" is "av grau" then "2250"."""
    rank: int
    """Lower is likelier the place of the matter: a corner, a house number or a street after "cuadra de" 0, a
    street or area named with its type after "en" 1, elsewhere 2 ("la vecina de villa X" lives there)."""


def find(r: Reader, numbered: list[Span]) -> list[Place]:
    """The places without the usual street and number, outside the numbered addresses, best first.

    A corner needs a word that joins its streets ("con", "y") after its first one: past the message's last such
    word none is looked for, which spares reading a street's name from every word of a message without one."""
    places: list[Place] = []
    joiners = r.gazetteer.corner_joiners
    # the position of the last joiner: the last occurrence of each joiner the message holds, the latest of them
    last_joiner = max((len(r.words) - 1 - r.words[::-1].index(word) for word in joiners.intersection(r.words)),
                      default=-1)
    openers = _openers(r.gazetteer)
    i = 0
    while i < len(r.tokens):
        maybe = i < last_joiner or r.words[i] in openers
        place = None if not maybe or (numbered and _inside(r.tokens[i].start, numbered)) else \
            _place_at(r, i, i < last_joiner)
        if place is None:
            i += 1
            continue
        places.append(place)
        i = next((k for k, t in enumerate(r.tokens) if t.start >= place.span[1]), len(r.tokens))
    return sorted(places, key=lambda p: (p.rank, p.span))


@cache
def _openers(g: Gazetteer) -> frozenset[str]:
    """The words a place other than a corner starts with: past the last corner joiner, only these are read."""
    return g.house_number_leads | g.street_leads.firsts | g.street_types


def _place_at(r: Reader, i: int, joined_after: bool) -> Place | None:
    g, words = r.gazetteer, r.words
    corner = _corner(r, i) if joined_after else None
    if corner is None and joined_after and words[i] in g.street_types and not r.tokens[i].atom:
        if i + 2 < len(words) and words[i + 1] in g.typed_name_leads and _corner(r, i + 2):
            return None  # «la plaza de Las Rosas con Camino Viejo»: the corner, read from its first street
        corner = _corner(r, i + 1)  # «Av. Balmaceda con Ortúzar»: the corner with its first street's type
    if corner:
        return Place(r.span(i, corner), (r.span(i, corner),), 0)
    if words[i] in g.house_number_leads and i + 1 < len(words):
        house = _house_number_first(r, i + 1)
        if house:
            return house
    lead = g.street_leads.match(words, i)
    if lead and not r.tokens[i + lead - 1].atom:
        end = name_end(r, i + lead)
        if end:
            end = _numbered(r, end)
            return Place(r.span(i + lead, end), (r.span(i + lead, end),), 0)
    if words[i] in g.street_types and not r.tokens[i].atom:
        end = name_end(r, i + 1) or _number_named(r, i + 1)
        if end:
            end = _numbered(r, end)
            return Place(r.span(i, end), (r.span(i, end),), 1 if _after_en(r, i) else 2)
    return None


def _number_named(r: Reader, i: int) -> int | None:
    """A street named by a number after its type, as many pasajes are («el pasaje 3 de la población X», «calle
    5»): the number is its name, unless it counts something («a 3 cuadras»)."""
    tokens, words = r.tokens, r.words
    digits = 3 if i and words[i - 1] in r.gazetteer.road_types else 2
    if i >= len(tokens) or tokens[i].atom or tokens[i].opens or not (words[i].isdigit() and len(words[i]) <= digits):
        return None
    if i + 1 < len(words) and words[i + 1] in r.gazetteer.not_street_number:
        return None
    decimals = i + 1 < len(tokens) and words[i + 1].isdigit() and tokens[i + 1].start == tokens[i].end + 1
    return i + 2 if decimals else i + 1  # «km 2,5 camino a Lo Valdés»: a road's kilometre has decimals


def _numbered(r: Reader, end: int) -> int:
    """Past a house number right after the street's name ("a la altura de Caupolicán 0550")."""
    return street_number_end(r, end, typed=True) or end


def _after_en(r: Reader, i: int) -> bool:
    """"en el pasaje Los Olmos" is where the matter is; "la vecina de villa X" says where someone lives."""
    words, g = r.words, r.gazetteer
    k = i - 1
    if k >= 0 and words[k] in g.place_articles:
        k -= 1
    return k >= 0 and words[k] in g.where_words


def _corner(r: Reader, i: int) -> int | None:
    """Where a corner that starts at `i` ends: two street names joined by "con"/"y"/"esquina", after a corner
    word ("esquina de A con B"), or without one when the streets say they are streets ("4 Sur con 6 Oriente",
    "en Silva Chávez con Manso de Velasco")."""
    g, words = r.gazetteer, r.words
    if words[i] in g.typed_name_leads:
        return None  # a corner starts at its first street's name, not at the «de» before it
    first = name_end(r, i) or _date_named(r, i)
    if first is None or first + 1 >= len(words) or words[first] not in g.corner_joiners or r.tokens[first].opens:
        return None
    second = name_end(r, first + 1) or _date_named(r, first + 1)
    if second is None:
        return None
    if _after_corner_word(r, i) or words[first] in g.corner_words or (r.tokens[i].atom and r.capital(first + 1)):
        return second
    both_bearings = _bearing(r, i) and _bearing(r, first + 1)
    both_named = r.capital(i) and r.capital(first + 1) and i > 0 and words[i - 1] in g.where_words
    return second if both_bearings or both_named or _streets_said(r, i, first + 1) else None


def _streets_said(r: Reader, i: int, k: int) -> bool:
    """Two names at `i` and `k` that say they are streets: one with its type and the other written as a name or a
    bearing ("Av. Colín con 11 Oriente", "Los Quillayes con Camino Lonquén"), or a bearing and a name ("Colín con
    11 Oriente"). A given name after «con» is someone met there ("en la plaza Prat con Juan Soto")."""
    g, words = r.gazetteer, r.words
    if g.given_names.match(words, k):
        return False
    typed = words[i] in g.street_types or (i > 0 and words[i - 1] in g.street_types and not r.tokens[i].opens)
    other_typed = words[k] in g.street_types
    named = r.capital(i) or _bearing(r, i)
    other_named = r.capital(k) or _bearing(r, k)
    return (typed and (other_named or other_typed)) or (other_typed and named) \
        or (named and other_named and (_bearing(r, i) or _bearing(r, k)))


def _date_named(r: Reader, i: int) -> int | None:
    """A street named after a date ("21 de Mayo"), which the date grammar read as a day: at a corner it is a
    street."""
    words = r.words
    if i + 2 >= len(words) or not (words[i].isdigit() and len(words[i]) <= 2) or words[i + 1] not in \
            r.gazetteer.of_words or not words[i + 2].isalpha() or any(t.opens for t in r.tokens[i + 1:i + 3]):
        return None
    return i + 3


def _after_corner_word(r: Reader, i: int) -> bool:
    g, words = r.gazetteer, r.words
    if i > 0 and words[i - 1] in g.corner_words:
        return True
    return (i > 1 and words[i - 1] in g.of_words and words[i - 2] in g.corner_words) or _after_fixture(r, i)


def _after_fixture(r: Reader, i: int) -> bool:
    """Whether what stands at a corner comes right before (its street type, "de" or "en" between): «el semáforo
    de Colón con Freire», «paradero de av. alemania con caupolican» name two streets, whatever their case."""
    g, words = r.gazetteer, r.words
    if words[i] in g.place_articles or words[i] in g.corner_words:
        return False  # «la luminaria de la esquina de A con B»: the corner starts further on
    k = i - 1
    if k >= 0 and words[k] in g.street_types:
        k -= 1
    if k >= 0 and words[k] in g.place_articles:
        k -= 1
    if k < 1 or not (words[k] in g.of_words or words[k] in g.where_words) or r.tokens[k + 1].opens:
        return False
    return any(g.corner_fixtures.match(words, k - n) == n for n in range(1, min(k, 3) + 1))


def _house_number_first(r: Reader, i: int) -> Place | None:
    """"al 2250 de av grau", "frente al número 45 de Prat": the number (announced or not), "de", the street (its
    type optional); said as "av grau 2250"."""
    tokens, words, g = r.tokens, r.words, r.gazetteer
    if i + 1 < len(words) and words[i] in g.number_words and not tokens[i + 1].opens:
        i += 1
    if not (words[i].isdigit() and len(words[i]) <= HOUSE_NUMBER_DIGITS) or tokens[i].atom or i + 2 >= len(words):
        return None
    if words[i + 1] not in g.of_words or tokens[i + 1].opens:
        return None
    street = i + 2
    typed = words[street] in g.street_types
    end = name_end(r, street + 1 if typed else street)
    if end is None:
        return None
    return Place(r.span(i, end), (r.span(street, end), r.span(i, i + 1)), 0)


def _bearing(r: Reader, i: int) -> bool:
    return i + 1 < len(r.words) and r.words[i].isdigit() and r.words[i + 1] in r.gazetteer.bearings


def name_end(r: Reader, i: int) -> int | None:
    """Where a street's name from `i` ends: a number and a bearing ("4 Sur"); capitalised words joined by
    de/del/la ("Manso de Velasco", "Los Carrera"); or, written in lower case, up to three words that are no
    stop word ("ortuzar", "los aromos")."""
    tokens, words, g = r.tokens, r.words, r.gazetteer
    if i >= len(tokens) or tokens[i].atom or (i and tokens[i].opens and (words[i - 1] not in g.street_types
                                                                         or not r.capital(i))):
        return None  # «en la plaza, cerca de …»: a lower-case word that opens a clause names no street
    if _bearing(r, i) and not tokens[i + 1].opens:
        return i + 2
    if i > 0 and words[i] in g.typed_name_leads and words[i - 1] in g.street_types and not r.tokens[i - 1].atom:
        # «camino a Santa Bárbara», «plaza de armas»: the name opens with «a», «de»; «ribera del río Mataquito»,
        # «la multicancha de la villa Los Aromos»: with the type of what it is named after
        k = i + 2 if i + 2 < len(words) and words[i + 1] in g.place_articles else i + 1
        typed = k + 1 < len(words) and words[k] in g.street_types and not tokens[k].atom
        return name_end(r, k + 1 if typed else i + 1)
    capitals = r.capital(i)
    # a street named like a street type right after one ("av costanera", "calle alameda") is its name
    typed_name = i > 0 and words[i] in g.street_types and words[i - 1] in g.street_types
    if words[i] in g.of_words or (not capitals and words[i] not in g.place_articles and not _plain(r, i)
                                  and not typed_name):
        return None
    j, named, limit = i, 0, MAX_NAME_WORDS if capitals else MAX_LOWER_WORDS
    while j < len(tokens) and named < limit and not tokens[j].atom and (j == i or not tokens[j].opens):
        if words[j] in g.joiners and words[j] not in g.corner_joiners:
            j += 1
            continue
        if not (r.capital(j) if capitals else _plain(r, j) or (j == i and typed_name)) or words[j].isdigit():
            break
        named += 1
        j += 1
    while j > i and words[j - 1] in g.joiners and words[j - 1] not in g.corner_joiners:
        j -= 1
    return j if named else None


def _plain(r: Reader, i: int) -> bool:
    """A lower-case word that may be part of a street's name: a word that is no stop word nor a street type."""
    word, g = r.words[i], r.gazetteer
    return word.isalpha() and not g.institution_stops.match(r.words, i) and word not in g.street_types \
        and word not in g.street_name_stops


def _inside(position: int, spans: list[Span]) -> bool:
    return any(a <= position < b for a, b in spans)
