"""A message split once into its constituents: the words that talk to the bot (greetings, fillers, request
verbs and where to put the matter), the people named (name, post, institution), institutions, municipal
units and addresses.

Text slots are cut from what is left, so command words, greetings and fillers never enter a title, a
description or a name, whatever the capability. The words are data (`nlu/gazetteers/*.toml`); the Spanish
verb forms are generated here from lemmas, once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from nlu.gazetteer import Gazetteer, PhraseTable, load
from nlu.morphology import forms

Span = tuple[int, int]
TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*")
BREAK = re.compile(r"[,;:!?()\[\]\n]|\.(?!\d)|\s-\s")
NUMBER = re.compile(r"\d{1,5}")
MAX_NAME_WORDS = 4
MAX_LOWERCASE_WORDS = 4
"""An institution or sector written in lower case ends after this many words past its head."""
YEARS = range(1900, 2101)
MAX_LEADS = 4
"""Periphrases and auxiliaries a request verb may come after: "le solicito", "se ha", "me podrías"."""


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


@dataclass
class Person:
    """A person as the message names them; every part optional but one."""

    name: Span | None = None
    post: Span | None = None
    institution: Span | None = None
    title: Span | None = None
    """The honorific ("Sra.", "Pbro.") before the name, which is not part of it."""
    more: list[Span] = field(default_factory=list)
    """Another post said after the name: "el general Ricardo Martínez, comandante de la Guarnición"."""

    def extent(self) -> Span:
        parts = [p for p in (self.title, self.name, self.post, self.institution) if p]
        return min(a for a, _ in parts), max(b for _, b in parts)


@dataclass
class Constituents:
    tokens: list[Token]
    frame: list[Span] = field(default_factory=list)
    """Command words, greetings and fillers: never part of a text slot."""
    people: list[Person] = field(default_factory=list)
    institutions: list[Span] = field(default_factory=list)
    addresses: list[Span] = field(default_factory=list)
    reader: Reader | None = None

    def in_frame(self, position: int) -> bool:
        return any(a <= position < b for a, b in self.frame)

    def name_after(self, position: int) -> Span | None:
        """The person's name that starts at the first word from `position` ("vecina ana maria olguin")."""
        r = self.reader
        first = next((i for i, t in enumerate(self.tokens) if t.start >= position), None)
        if r is None or first is None:
            return None
        end = _name_end(r, first, across_comma=True)
        return r.span(first, end) if end > first else None


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
        """A request verb form; one that is a noun too only before an article, a date or nothing; a given
        name written with its capital ("Tomás") is no verb."""
        word = self.words[i]
        if word not in self.forms or (self.capital(i) and word in self.gazetteer.given_names.firsts):
            return False
        if word not in self.gazetteer.noun_forms:
            return True
        after = i + 1
        if after >= len(self.tokens) or self.tokens[after].opens or self.tokens[after].atom:
            return True
        return self.words[after] in self.gazetteer.command_followers

    def capital(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].upper and not self.lowercase

    def heads_something(self, i: int) -> bool:
        g = self.gazetteer
        return bool(g.posts.match(self.words, i) or g.institution_heads.match(self.words, i)
                    or self.words[i] in g.honorifics)

    def span(self, first: int, end: int) -> Span:
        return self.tokens[first].start, self.tokens[end - 1].end


def tokenize(norm: str, original: Callable[[int], str], taken: Sequence[Span], abbreviations: Collection[str],
             ) -> list[Token]:
    """The words of the folded text, each knowing whether it was capitalised, opens a clause or is an atom."""
    tokens: list[Token] = []
    previous_end = 0
    spans = sorted(taken)
    k = 0
    for match in TOKEN.finditer(norm):
        start, end = match.span()
        gap = norm[previous_end:start]
        opens = not tokens or _breaks(gap, tokens[-1].word, abbreviations)
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        atom = k < len(spans) and spans[k][0] <= start
        tokens.append(Token(match.group(), start, end, original(start).isupper(), opens, atom))
        previous_end = end
    return tokens


def _breaks(gap: str, before: str, abbreviations: Collection[str]) -> bool:
    if gap == " " or not BREAK.search(gap):
        return False
    return not (gap.strip() == "." and before in abbreviations)



@cache
def _no_break(g: Gazetteer) -> frozenset[str]:
    """Words whose period ends no clause: abbreviations and honorifics ("Sra.", "Av.", "Pbro.")."""
    return g.abbreviations | g.honorifics


@cache
def verb_forms(lemmas: tuple[str, ...], irregular: frozenset[str]) -> frozenset[str]:
    """Every chat form of the request verbs (nlu/morphology.py spells them from the lemmas), and the
    irregular ones the gazetteer lists."""
    found = set(irregular)
    for entry in lemmas:
        spelled = forms(entry)
        found |= spelled.all
        # "que agendes", "que pongas": the tú subjunctive asks too (-ar verbs end it in -es, the others in -as).
        vowel = "e" if spelled.lemma.endswith("ar") else "a"
        found |= {word + "s" for word in spelled.requests if word.endswith(vowel) and len(word) > 3}
    return frozenset(found)


def segment(norm: str, original: Callable[[int], str], taken: Sequence[Span], lowercase: bool,
            stops: Collection[str] = frozenset()) -> Constituents:
    """The constituents of one message; `taken` are the atoms (dates, phones, e-mails, tickets)."""
    g = load()
    tokens = tokenize(norm, (lambda _: "") if lowercase else original, taken, _no_break(g))
    marks = _dictated_marks(tokens, [t.word for t in tokens], g) if g.dictated_marks.firsts & {
        t.word for t in tokens} else []
    reader = Reader(tokens, [t.word for t in tokens], g, verb_forms(g.verbs, g.irregular), lowercase, stops)
    found = Constituents(tokens, reader=reader)
    found.frame = _frame(reader) + marks
    found.people, found.institutions = _people(reader, found.frame)
    found.addresses = _addresses(reader)
    return found


def _dictated_marks(tokens: list[Token], words: list[str], g: Gazetteer) -> list[Span]:
    """Punctuation said aloud ("coma", "punto"): each ends its clause (the tokens are changed in place) and
    is a command word; "el punto", "punto de prensa" are words."""
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        n = g.dictated_marks.match(words, i)
        after = i + n
        said = n and (i == 0 or words[i - 1] not in g.not_mark_after) and (
            after >= len(words) or words[after] not in g.not_mark_before)
        if not said:
            i += 1
            continue
        for j in range(i, min(after + 1, len(tokens))):
            tokens[j] = tokens[j]._replace(opens=True)
        spans.append((tokens[i].start, tokens[after - 1].end))
        i = after
    return spans


# ---------------------------------------------------------------------------------------------
# Command words, greetings and fillers.

def _frame(r: Reader) -> list[Span]:
    """Greetings and fillers that open or close a clause, courtesies anywhere, a request (periphrasis, verb,
    where to put it) opening a clause, and targets ("en la agenda") anywhere."""
    spans: list[Span] = []
    words, tokens, g = r.words, r.tokens, r.gazetteer
    courtesies, targets = r.may(g.courtesies), r.may(g.targets)
    i = 0
    while i < len(tokens):
        courtesy = courtesies and g.courtesies.match(words, i)
        target = targets and g.targets.match(words, i)
        if courtesy or target:
            end = i + (courtesy or target)
            end += g.owners.match(words, end) if target else 0
            spans.append(r.span(i, end))
            i = end
            continue
        if tokens[i].opens or (spans and spans[-1][1] == _previous_end(tokens, i)):
            end = _request(r, i)
            if end > i:
                spans.append(r.span(i, end))
                i = end
                continue
        i += 1
    spans.extend(span for span in _closings(r) if span not in spans)
    return spans


def _previous_end(tokens: list[Token], i: int) -> int:
    return tokens[i - 1].end if i > 0 else -1


def _request(r: Reader, i: int) -> int:
    """Where the words that open a clause and talk to the bot end: greetings, then periphrases and
    auxiliaries ("le solicito", "se ha", "hay que"), a request verb, and what the verb puts where; `i` if
    none. A periphrasis asks by itself ("necesito el fono"); an auxiliary only before a verb."""
    words, g = r.words, r.gazetteer
    j = i
    while (n := g.greetings.match(words, j) or g.courtesies.match(words, j)) and not _atom(r, j):
        j += n
    k = asked = j
    for _ in range(MAX_LEADS):
        periphrasis = g.periphrases.match(words, k)
        aux = 0 if periphrasis else g.auxiliaries.match(words, k)
        if periphrasis:
            k = asked = k + periphrasis
        elif aux and _leads_to_verb(r, k + aux, MAX_LEADS):
            k += aux
        else:
            break
    if k < len(words) and not r.tokens[k].atom and r.is_verb(k):
        return _after_verb(r, k + 1)
    target = g.targets.match(words, asked) if asked > j else 0
    if target:
        return asked + target + g.owners.match(words, asked + target)
    return asked


def _leads_to_verb(r: Reader, k: int, depth: int) -> bool:
    """A request verb at `k`, maybe past more periphrases and auxiliaries."""
    if k >= len(r.words) or r.tokens[k].atom or depth == 0:
        return False
    if r.is_verb(k):
        return True
    lead = r.gazetteer.periphrases.match(r.words, k) or r.gazetteer.auxiliaries.match(r.words, k)
    return bool(lead) and _leads_to_verb(r, k + lead, depth - 1)


def _after_verb(r: Reader, k: int) -> int:
    """Past a request verb: a clitic-like small word, where to put the matter and whose it is."""
    words, g = r.words, r.gazetteer
    for table in (g.targets, g.after_verb, g.targets, g.owners):
        if k < len(words) and not r.tokens[k].opens:
            k += table.match(words, k)
    return k


def _atom(r: Reader, i: int) -> bool:
    return i < len(r.tokens) and r.tokens[i].atom


def _closings(r: Reader) -> list[Span]:
    """Greetings and thanks closing a clause ("..., gracias", "... porfa")."""
    spans: list[Span] = []
    tokens, g = r.tokens, r.gazetteer
    if not r.may(g.greetings):
        return spans
    for i in range(len(tokens)):
        n = g.greetings.match(r.words, i)
        end = i + n
        if n and (end == len(tokens) or tokens[end].opens) and not tokens[i].opens and not tokens[i].atom:
            spans.append(r.span(i, end))
    return spans


# ---------------------------------------------------------------------------------------------
# People and institutions.

def _people(r: Reader, frame: list[Span]) -> tuple[list[Person], list[Span]]:
    """Each person named around an honorific, a post or rank, or "se llama"; the institutions of the message."""
    people: list[Person] = []
    institutions: list[Span] = []
    g = r.gazetteer
    if not (r.may(g.posts) or r.may(g.institution_heads) or r.may(g.given_names) or r.may(g.name_markers)
            or not g.honorifics.isdisjoint(r.words)):
        return people, institutions
    openers = _openers(g)
    i = 0
    while i < len(r.tokens):
        if r.words[i] not in openers or r.tokens[i].atom or any(a <= r.tokens[i].start < b for a, b in frame):
            i += 1
            continue
        person, end = _person_at(r, i)
        if person:
            people.append(person)
            if person.institution:
                institutions.append(person.institution)
            i = max(end, i + 1)
            continue
        head = r.gazetteer.institution_heads.match(r.words, i)
        if head:
            end = _institution_end(r, i, head)
            institutions.append(r.span(i, end))
            i = end
            continue
        i += 1
    return people, institutions


@cache
def _openers(g: Gazetteer) -> frozenset[str]:
    """The words a person or an institution may start with: nothing else is looked at."""
    tables = (g.posts, g.institution_heads, g.given_names, g.name_markers)
    return frozenset().union(*(t.firsts for t in tables)) | g.honorifics


def _person_at(r: Reader, i: int) -> tuple[Person | None, int]:
    g = r.gazetteer
    marker = g.name_markers.match(r.words, i)
    if marker:
        end = _name_end(r, i + marker)
        if end > i + marker:
            return _described(r, Person(name=r.span(i + marker, end)), end)
    if r.words[i] in g.honorifics:
        first = i + 1
        end = _name_end(r, first)
        if end > first:
            return _described(r, Person(name=r.span(first, end), title=r.span(i, i + 1)), end)
    post = _post_at(r, i)
    if post is None:
        after_street = i > 0 and r.words[i - 1] in g.street_types
        if g.given_names.match(r.words, i) and (r.capital(i) or r.lowercase) and not after_street:
            end = _name_end(r, i, across_comma=True)
            if end > i + 1:
                return _described(r, Person(name=r.span(i, end)), end)
        return None, i
    person, end = post
    if end < len(r.words) and r.words[end] in g.honorifics and not r.tokens[end].opens:
        person.title = r.span(end, end + 1)
        end += 1
    known = _known_name_start(r, end) or (person.title is not None and r.capital(end))
    name_end = _name_end(r, end, across_comma=True) if known else end
    if name_end > end and person.name is None:
        person.name = r.span(end, name_end)
        return _described(r, person, name_end)
    return (person, end) if person.post else (None, i)


def _post_at(r: Reader, i: int, after_name: bool = False) -> tuple[Person, int] | None:
    """A post or rank and what it heads: "seremi de salud", "directora del Liceo X", "capitán de fragata";
    a rank that is an ordinary word too ("mayor", "general") only before or after a name."""
    g = r.gazetteer
    n = g.posts.match(r.words, i)
    if not n:
        return None
    end = i + n
    ambiguous = n == 1 and r.words[i] in g.ambiguous_ranks and not after_name
    if ambiguous and ((_name_end(r, end) == end and not _of_institution(r, end))
                      or (i > 0 and r.words[i - 1] in g.not_rank_after)):
        return None
    while (qualifier := g.post_qualifiers.match(r.words, end)) and not r.tokens[end].opens:
        end += qualifier
    person = Person(post=r.span(i, end))
    head = g.institution_heads.match(r.words, end) if end < len(r.words) and not r.tokens[end].opens else 0
    if head and not _atom(r, end):
        last = _institution_end(r, end, head)
        person.post = (person.post[0], r.tokens[end + head - 1].end)
        person.institution = r.span(end, last)
        return person, last
    end = _headed(r, person, end)
    return person, end


def _headed(r: Reader, person: Person, end: int) -> int:
    """What a post is of: an institution or unit becomes the person's institution, a sector stays in the post."""
    g = r.gazetteer
    of = _of(r, end)
    if of is None:
        return _named_institution(r, person, end)
    sector = g.sectors.match(r.words, of)
    head = g.institution_heads.match(r.words, of) or (0 if sector else g.units.match(r.words, of))
    if head:
        last = _institution_end(r, of, head)
        person.institution = r.span(of, last)
        if person.post:
            person.post = (person.post[0], r.tokens[of + head - 1].end)
        return last
    if sector and person.post:
        person.post = (person.post[0], r.tokens[of + sector - 1].end)
        return _headed(r, person, of + sector)
    if r.capital(of) and person.post:
        last = _capitalised_end(r, of)
        person.institution = r.span(of, last)
        return last
    return end


def _of_institution(r: Reader, i: int) -> bool:
    """ "de Carabineros", "de la subcomisaría": what makes "el mayor", "el capitán" a rank without a name."""
    of = _of(r, i)
    g = r.gazetteer
    return of is not None and bool(g.institution_heads.match(r.words, of) or g.units.match(r.words, of))


def _named_institution(r: Reader, person: Person, end: int) -> int:
    """A capitalised name right after a post or its sector that is nobody's name is where the post is:
    "encargada de emergencias Senapred", "jefa de gabinete Gobernación"."""
    if person.institution or end >= len(r.tokens) or r.tokens[end].opens or not r.capital(end):
        return end
    if _known_name_start(r, end) or r.words[end] in r.gazetteer.honorifics:
        return end
    last = _capitalised_end(r, end)
    person.institution = r.span(end, last)
    return last


def _known_name_start(r: Reader, i: int) -> bool:
    g = r.gazetteer
    return bool(g.given_names.match(r.words, i) or g.surnames.match(r.words, i))


def _of(r: Reader, i: int) -> int | None:
    """The word after "de", "del", "de la", "de los" (no clause break in between)."""
    words = r.words
    if i >= len(words) or r.tokens[i].opens or words[i] not in ("de", "del"):
        return None
    j = i + 1
    if words[i] == "de" and j < len(words) and words[j] in ("la", "las", "los", "el"):
        j += 1
    return j if j < len(words) and not r.tokens[j].atom else None


def _described(r: Reader, person: Person, end: int) -> tuple[Person, int]:
    """After a name: ", párroco de San Pedro", "es la directora del Liceo X", ", de la Armada", "de Carabineros"."""
    g = r.gazetteer
    j = end
    marker = g.post_markers.match(r.words, j) if j < len(r.words) else 0
    j += marker
    if j < len(r.words) and not _atom(r, j) and (person.post is None or r.tokens[j].opens):
        post = _post_at(r, j, after_name=True)
        if post:
            found, last = post
            if person.post is None:
                person.post = found.post
            elif found.post:
                person.more.append(found.post)
            person.institution = person.institution or found.institution
            return person, last
    if person.institution is None:
        of = _of(r, end) if end < len(r.words) and not r.tokens[end].opens else _of_after_comma(r, end)
        if of is None and end < len(r.words) and r.tokens[end].opens:
            of = end
        if of is not None:
            head = g.institution_heads.match(r.words, of) or g.units.match(r.words, of)
            if head:
                last = _institution_end(r, of, head)
                person.institution = r.span(of, last)
                return person, last
    return person, end


def _of_after_comma(r: Reader, i: int) -> int | None:
    """", de la Armada": a clause that only says where the person is from."""
    if i >= len(r.words) or not r.tokens[i].opens or r.words[i] not in ("de", "del"):
        return None
    j = i + 1
    if r.words[i] == "de" and j < len(r.words) and r.words[j] in ("la", "las", "los", "el"):
        j += 1
    return j if j < len(r.words) else None


def _name_end(r: Reader, i: int, across_comma: bool = False) -> int:
    """Where a person's name starting at `i` ends (`i` if none starts there): capitalised words and joiners,
    or, in a message without capitals, known given names and surnames and at most one unknown word."""
    tokens, g = r.tokens, r.gazetteer
    if i >= len(tokens) or tokens[i].atom or (tokens[i].opens and not across_comma):
        return i
    if tokens[i].opens and not r.capital(i):
        return i
    if r.heads_something(i) or r.words[i] in g.not_names or r.words[i] in r.forms:
        return i
    if r.capital(i):
        return _capitalised_end(r, i, person=True)
    return _known_name_end(r, i)


def _capitalised_end(r: Reader, i: int, person: bool = False) -> int:
    """Capitalised words and the joiners between them; a person's name holds no number and stops where a post
    or an institution begins, an institution's may hold a number ("Escuela D-45", "Liceo 7")."""
    tokens, g = r.tokens, r.gazetteer
    j = i
    while j < len(tokens) and j - i < MAX_NAME_WORDS + 2 and not tokens[j].atom and (j == i or not tokens[j].opens):
        if person and j > i and r.heads_something(j):
            break
        if not (r.capital(j) or (tokens[j].word.isdigit() and j > i and not person) or _joins(r, j)):
            break
        j += 1
    while j > i + 1 and tokens[j - 1].word in g.joiners:
        j -= 1
    return j


def _joins(r: Reader, j: int) -> bool:
    """Joiners ("de la", "y") between capitalised words of one name: "Oficina de la Mujer"."""
    k = j
    while k < len(r.tokens) and r.words[k] in r.gazetteer.joiners and not r.tokens[k].opens and k - j < 2:
        k += 1
    return k > j and k < len(r.tokens) and r.capital(k) and not r.tokens[k].opens


def _known_name_end(r: Reader, i: int) -> int:
    g, words, tokens = r.gazetteer, r.words, r.tokens
    n = g.given_names.match(words, i) or g.surnames.match(words, i)
    if not n:
        return i
    j = i + n
    unknown = 0
    while j < len(tokens) and j - i < MAX_NAME_WORDS and not tokens[j].opens and not tokens[j].atom:
        n = g.given_names.match(words, j) or g.surnames.match(words, j)
        if n:
            j += n
            continue
        if unknown or not _may_be_surname(r, j):
            break
        unknown, j = 1, j + 1
    return j


def _may_be_surname(r: Reader, j: int) -> bool:
    word, g = r.words[j], r.gazetteer
    return (word.isalpha() and len(word) > 2 and word not in g.not_names and word not in r.forms
            and word not in r.stops and not r.heads_something(j) and not g.institution_stops.match(r.words, j))


def _institution_end(r: Reader, i: int, head: int) -> int:
    """An institution's name past its head: capitalised words after a capitalised head, else a few lower-case
    words up to a stop word, a verb, a date or punctuation."""
    tokens, g = r.tokens, r.gazetteer
    j = i + head
    if r.capital(i) or (j < len(tokens) and r.capital(j)):
        return _capitalised_end(r, j) if j < len(tokens) and not tokens[j].opens else j
    last = j
    while j < len(tokens) and j - last < MAX_LOWERCASE_WORDS and not tokens[j].opens and not tokens[j].atom:
        word = r.words[j]
        if word in g.joiners:
            j += 1
            continue
        if g.institution_stops.match(r.words, j) or word in r.forms or word in r.stops:
            break
        j += 1
        last = j
    return last


# ---------------------------------------------------------------------------------------------
# Addresses.

def _addresses(r: Reader) -> list[Span]:
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
            end = _street_number_end(r, i + 2, typed=True)
        elif token.atom and _date_named_street(r, i):
            end = _street_number_end(r, _atom_end(r, i), typed=False)
        elif _day_named_street(r, i):
            end = _street_number_end(r, i + 3, typed=False)
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
    return j - i >= 3 and _street_number_end(r, j, typed=False) is not None


def _day_named_street(r: Reader, i: int) -> bool:
    """"5 de Abril 0750", "18 de Septiembre 1020": a street named after a day, then its number."""
    words = r.words
    if i + 3 >= len(words) or not words[i].isdigit() or len(words[i]) > 2 or words[i + 1] != "de":
        return False
    if any(t.opens or t.atom for t in r.tokens[i + 1:i + 4]) or not words[i + 2].isalpha():
        return False
    return _street_number_end(r, i + 3, typed=False) is not None


def _numbered_end(r: Reader, i: int, typed: bool) -> int | None:
    """After a street type: up to four name words, then a number (or the name alone when typed)."""
    tokens, g = r.tokens, r.gazetteer
    j = i
    while j < len(tokens) and j - i < MAX_NAME_WORDS and not tokens[j].atom and (j == i or not tokens[j].opens):
        if tokens[j].word.isdigit() and j > i:
            return _street_number_end(r, j, typed)
        if r.words[j] in g.number_words and j + 1 < len(tokens) and tokens[j + 1].word.isdigit():
            return _street_number_end(r, j + 1, typed)
        if g.institution_stops.match(r.words, j) and r.words[j] not in g.joiners:
            break
        j += 1
    return None


def _street_number_end(r: Reader, j: int, typed: bool) -> int | None:
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
    end = j + 1
    if end + 1 < len(tokens) and r.words[end] in g.unit_words and not tokens[end + 1].atom:
        end += 2
    return end
