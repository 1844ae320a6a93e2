"""People and institutions as a message names them: an honorific, a name, a post or rank and what it heads,
"se llama …, es la directora de …"; an institution is a head noun and the name after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from nlu.gazetteer import Gazetteer
from nlu.segments.reader import Reader, Span

MAX_NAME_WORDS = 4
MAX_LOWERCASE_WORDS = 4
"""An institution or sector written in lower case ends after this many words past its head."""


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


def find(r: Reader, frame: list[Span]) -> tuple[list[Person], list[Span]]:
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
            numbered = i > 0 and r.ordinal(i - 1) and not r.tokens[i].opens
            institutions.append(r.span(i - 1 if numbered else i, end))  # «la Primera Compañía de Bomberos»
            i = end
            continue
        unit = _unit(r, i)
        if unit:
            institutions.append(r.span(i, i + unit))
            i += unit
            continue
        i += 1
    return people, institutions


@cache
def _openers(g: Gazetteer) -> frozenset[str]:
    """The words a person or an institution may start with: nothing else is looked at."""
    tables = (g.posts, g.institution_heads, g.given_names, g.name_markers, g.units)
    return frozenset().union(*(t.firsts for t in tables)) | g.honorifics


def _unit(r: Reader, i: int) -> int:
    """A municipal unit named on its own: by its full name, or by an acronym written in capitals ("la DOM",
    "DIDECO"); "dom" in a message without capitals may be Sunday, "personal" an adjective."""
    n = r.gazetteer.units.match(r.words, i)
    return n if n > 1 or (n and r.capital(i)) else 0


def _person_at(r: Reader, i: int) -> tuple[Person | None, int]:
    g = r.gazetteer
    marker = g.name_markers.match(r.words, i)
    if marker:
        end = name_end(r, i + marker) if r.capital(i + marker) else _said_name_end(r, i + marker)
        if end > i + marker:
            return _described(r, Person(name=r.span(i + marker, end)), end)
    if r.words[i] in g.honorifics:
        first = i + 1
        end = name_end(r, first)
        if end > first:
            return _described(r, Person(name=r.span(first, end), title=r.span(i, i + 1)), end)
    post = _post_at(r, i)
    if post is None:
        after_street = i > 0 and r.words[i - 1] in g.street_types
        if g.given_names.match(r.words, i) and (r.capital(i) or r.lowercase) and not after_street:
            end = name_end(r, i, across_comma=True)
            if end > i + 1:
                return _described(r, Person(name=r.span(i, end)), end)
        return None, i
    person, end = post
    if end < len(r.words) and r.words[end] in g.honorifics and not r.tokens[end].opens:
        person.title = r.span(end, end + 1)
        end += 1
    known = _known_name_start(r, end) or (person.title is not None and r.capital(end)) or _full_name(r, end)
    last = name_end(r, end, across_comma=True) if known else end
    if last > end and person.name is None:
        person.name = r.span(end, last)
        return _described(r, person, last)
    if person.name is None and _name_closes_institution(r, person, end):
        return _described(r, person, end)
    return (person, end) if person.post else (None, i)


def _name_closes_institution(r: Reader, person: Person, end: int) -> bool:
    """«el rector de la Universidad de Talca Álvaro Rojas», «el comandante del Regimiento Tucapel Pedro Lagos»: after
    a post, the capitalised run of its institution ends with a given name and a surname, past at least one word of
    the institution's own name: that is the person who holds the post, not more of the institution. An institution
    named after someone has nothing between its head and the name but words of its kind («Escuela Gabriela Mistral»,
    «Liceo Bicentenario Teresa Prats», «Escuela Básica Gabriela Mistral»): no split there."""
    if person.institution is None:
        return False
    g = r.gazetteer
    first = next((j for j, token in enumerate(r.tokens) if token.start == person.institution[0]), None)
    if first is None:
        return False
    for k in range(first + 2, end - 1):
        if r.capital(k) and r.words[k - 1] not in g.joiners and g.given_names.match(r.words, k) \
                and not all(word in g.kind_qualifiers for word in r.words[first + 1:k]) \
                and _capitalised_end(r, k, person=True) == end:
            person.institution = r.span(first, k)
            person.name = r.span(k, end)
            return True
    return False


def _full_name(r: Reader, i: int) -> bool:
    """Two capitalised words right after a post are a given name and a surname, known or not («pastor Eliseo
    Mardones», «teniente Ruperto Llanquileo»): a post's own complement was read before. Not a word before an
    article («Senapred Los Ríos» is a service and its region)."""
    g = r.gazetteer
    return i + 1 < len(r.tokens) and not r.tokens[i + 1].opens and r.capital(i) and r.capital(i + 1) \
        and r.words[i + 1] not in g.joiners and name_end(r, i) >= i + 2


def _post_at(r: Reader, i: int, after_name: bool = False) -> tuple[Person, int] | None:
    """A post or rank and what it heads: "seremi de salud", "directora del Liceo X", "capitán de fragata";
    a rank that is an ordinary word too ("mayor", "general") only before or after a name."""
    g = r.gazetteer
    n = g.posts.match(r.words, i)
    if not n:
        return None
    end = i + n
    ambiguous = n == 1 and r.words[i] in g.ambiguous_ranks and not after_name
    if ambiguous and ((name_end(r, end) == end and not _of_institution(r, end) and not _held_post(r, end))
                      or (i > 0 and r.words[i - 1] in g.not_rank_after)):
        return None
    while (qualifier := g.post_qualifiers.match(r.words, end)) and not r.tokens[end].opens:
        end += qualifier
    held = _held_post(r, end)
    if held:  # «Contraalmirante Comandante en Jefe de la Zona Naval»: a rank before the post held is one person
        person, last = held
        person.post = (r.tokens[i].start, person.post[1])
        return person, last
    person = Person(post=r.span(i, end))
    head = g.institution_heads.match(r.words, end) if end < len(r.words) and not r.tokens[end].opens else 0
    if head and not r.atom(end):
        last = _institution_end(r, end, head)
        person.post = (person.post[0], r.tokens[end + head - 1].end)
        person.institution = r.span(end, last)
        return person, last
    end = _headed(r, person, end, after_name)
    return person, end


def _held_post(r: Reader, i: int) -> tuple[Person, int] | None:
    """The post a rank's holder has, said right after the rank («General Jefe de la División», «Capitán de Navío
    Gobernador Marítimo»): read whole, never the rank alone with the post as where it is."""
    if i >= len(r.tokens) or r.tokens[i].opens or r.tokens[i].atom or not r.capital(i):
        return None
    return _post_at(r, i)


def _headed(r: Reader, person: Person, end: int, after_name: bool = False) -> int:
    """What a post is of: an institution or unit becomes the person's institution, a sector stays in the post."""
    g = r.gazetteer
    of = _of(r, end)
    if of is None:
        return _named_institution(r, person, end, after_name)
    sector = g.sectors.match(r.words, of)
    numbered = _numbered(r, of)  # «de la 25ª Comisaría de X»
    head = g.institution_heads.match(r.words, of + numbered) or (0 if sector else g.units.match(r.words, of))
    if head:
        last = _institution_end(r, of + numbered, head)
        person.institution = r.span(of, last)
        if person.post:
            person.post = (person.post[0], r.tokens[of + numbered + head - 1].end)
        return last
    if sector and person.post:
        person.post = (person.post[0], r.tokens[of + sector - 1].end)
        return _headed(r, person, of + sector, after_name)
    if r.capital(of) and person.post:
        last = _capitalised_end(r, of)
        person.institution = r.span(of, last)
        return last
    complement = _complement_end(r, of)
    if complement and person.post:
        person.post = (person.post[0], r.tokens[complement - 1].end)
        return complement
    return end


def _complement_end(r: Reader, i: int) -> int | None:
    """A post's "de" complement in lower case that no list knows, when it fills its clause: "jefe de relaciones
    comunitarias, +56 9 …", "encargada de asuntos indígenas" (what the post is in charge of, part of it)."""
    j = i
    while j < len(r.tokens) and j - i < MAX_LOWERCASE_WORDS and not r.tokens[j].opens and not r.tokens[j].atom:
        word = r.words[j]
        if r.capital(j) or r.gazetteer.institution_stops.match(r.words, j) or word in r.forms \
                or not word.isalpha() or r.heads_something(j):
            return None
        j += 1
    ends_clause = j >= len(r.tokens) or r.tokens[j].opens or r.tokens[j].atom
    return j if j > i and ends_clause and r.words[j - 1] not in r.gazetteer.joiners else None


def _of_institution(r: Reader, i: int) -> bool:
    """ "de Carabineros", "de la subcomisaría": what makes "el mayor", "el capitán" a rank without a name."""
    of = _of(r, i)
    g = r.gazetteer
    return of is not None and bool(g.institution_heads.match(r.words, of) or g.units.match(r.words, of))


def _named_institution(r: Reader, person: Person, end: int, after_name: bool = False) -> int:
    """A capitalised name right after a post or its sector that is nobody's name is where the post is:
    "encargada de emergencias Senapred", "jefa de gabinete Gobernación". After the person's name («Pedro Soto,
    Jefe Provincial Senapred Choapa») no second name follows, and a clause of its own that opens with an
    institution's head is where («Ana Ríos, Encargada de Comunicaciones, Gobernación Provincial de X»)."""
    if person.institution or end >= len(r.tokens) or not r.capital(end):
        return end
    signed = r.tokens[end].line and person.post and _line_ends(r, _capitalised_end(r, end))
    headed = after_name and bool(r.gazetteer.institution_heads.match(r.words, end))
    if r.tokens[end].opens and not (signed or headed):
        return end  # «Jefa de Gabinete⏎Delegación Presidencial X⏎…»: a signature's line under the post is where
    if not after_name and (_known_name_start(r, end) or r.words[end] in r.gazetteer.honorifics
                           or _full_name(r, end)):
        return end
    last = _capitalised_end(r, end)
    person.institution = r.span(end, last)
    return last


def _line_ends(r: Reader, i: int) -> bool:
    """Whether the words before `i` run to the end of their line."""
    return i >= len(r.tokens) or r.tokens[i].line


def _known_name_start(r: Reader, i: int) -> bool:
    g = r.gazetteer
    return bool(g.given_names.match(r.words, i) or g.surnames.match(r.words, i))


def _of(r: Reader, i: int) -> int | None:
    """The word after "de", "del", "de la", "de los" (no clause break in between)."""
    if i >= len(r.words) or r.tokens[i].opens:
        return None
    return after_of(r, i)


def after_of(r: Reader, i: int) -> int | None:
    """The word after "de"/"del" and an article at `i`, where a name may start."""
    words, g = r.words, r.gazetteer
    if i >= len(words) or words[i] not in g.of_words:
        return None
    j = i + 1
    if j < len(words) and words[j] in g.articles and not r.tokens[j].opens:
        j += 1
    return j if j < len(words) and not r.tokens[j].atom else None


def _described(r: Reader, person: Person, end: int) -> tuple[Person, int]:
    """After a name: ", párroco de San Pedro", "es la directora del Liceo X", ", de la Armada", "de Carabineros"."""
    g = r.gazetteer
    j = end
    marker = g.post_markers.match(r.words, j) if j < len(r.words) else 0
    j += marker
    if j < len(r.words) and not r.atom(j) and (person.post is None or r.tokens[j].opens):
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
        after_comma = end < len(r.words) and r.tokens[end].opens
        of = _of_after_comma(r, end) if after_comma else _of(r, end)
        if of is None and after_comma:
            of = end
        if of is not None:
            numbered = _numbered(r, of)  # «Sargento Pérez de la XV Zona de Carabineros»
            head = g.institution_heads.match(r.words, of + numbered) or g.units.match(r.words, of)
            if head:
                last = _institution_end(r, of + numbered, head)
                person.institution = r.span(of, last)
                return person, last
            if after_comma and of > end and r.capital(of):
                # ", de Aguas Chañar,": a clause that only says where the person is from names it
                last = _capitalised_end(r, of)
                person.institution = r.span(of, last)
                return _described(r, person, last) if last < len(r.words) and r.tokens[last].opens else (person,
                                                                                                           last)
    return person, end


def _numbered(r: Reader, i: int) -> int:
    """1 when an ordinal at `i` numbers the institution whose head follows it («XV Zona», «25ª Comisaría»), else 0:
    the numeral is the first word of the institution's name."""
    return int(r.ordinal(i) and i + 1 < len(r.tokens) and not r.tokens[i + 1].opens
               and bool(r.gazetteer.institution_heads.match(r.words, i + 1)))


def _of_after_comma(r: Reader, i: int) -> int | None:
    """", de la Armada": a clause that only says where the person is from."""
    if i >= len(r.words) or not r.tokens[i].opens:
        return None
    return after_of(r, i)


def name_end(r: Reader, i: int, across_comma: bool = False) -> int:
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
        if person and j > i and (r.heads_something(j) or _numbered(r, j)):
            break  # «Pérez de la XV Zona de Carabineros»: the name ends where its institution begins
        if j > i and r.atom(j + 1) and g.institution_stops.match(r.words, j):
            break  # «Senapred Choapa Fono: +56 9 …»: the label of the phone after the name
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


def _said_name_end(r: Reader, i: int) -> int:
    """After "se llama" a name follows even if no list knows it: up to four words that may be names."""
    j = i
    while j < len(r.tokens) and j - i < MAX_NAME_WORDS and not r.atom(j) and (j == i or not r.tokens[j].opens) \
            and _may_be_surname(r, j):
        j += 1
    return j


def _may_be_surname(r: Reader, j: int) -> bool:
    word, g = r.words[j], r.gazetteer
    return (word.isalpha() and len(word) > 2 and word not in g.not_names and word not in r.forms
            and word not in r.stops and not r.heads_something(j) and not g.institution_stops.match(r.words, j))


def _institution_end(r: Reader, i: int, head: int) -> int:
    """An institution's name past its head: capitalised words after a capitalised head, else a few lower-case
    words up to a stop word, a verb, a date or punctuation; an event noun ends it too, except as what its
    "de"/"del" names ("federación del rodeo chileno", "club de tenis")."""
    tokens, g = r.tokens, r.gazetteer
    j = i + head
    if r.capital(i) or (j < len(tokens) and r.capital(j)):
        end = _branch_end(r, _capitalised_end(r, j) if j < len(tokens) and not tokens[j].opens else j)
        return _holder_start(r, i, head, end)
    last = j
    while j < len(tokens) and j - last < MAX_LOWERCASE_WORDS and not tokens[j].opens and not tokens[j].atom:
        word = r.words[j]
        if _post_follows(r, j):
            break
        if word in g.joiners:
            j += 1
            continue
        complement = r.words[j - 1] in g.of_words
        if _code_at(r, j):
            j += 2
            last = j
            continue
        if g.institution_stops.match(r.words, j) or word in r.forms or (word in r.stops and not complement) \
                or (_person_begins(r, j) and not _eponym_at(r, j, i + head)):
            break
        j += 1
        last = j
    return last


def _holder_start(r: Reader, i: int, head: int, end: int) -> int:
    """Where a force's name ends and its rank holder's begins: «Carabineros | Marcelo Araya» (a force is never
    named after anyone, as «Liceo Arturo Prat» is); `end` for any other institution."""
    if " ".join(r.words[i:i + head]) not in r.gazetteer.forces:
        return end
    return next((j for j in range(i + head, end) if r.gazetteer.given_names.match(r.words, j) and r.capital(j)),
                end)


def _post_follows(r: Reader, j: int) -> bool:
    """Whether an article at `j` opens a post or rank («… de la junta de vecinos el concejal Muñoz»): a new
    constituent, who follows the institution, never more of its name."""
    g = r.gazetteer
    return r.words[j] in g.articles and j + 1 < len(r.tokens) and not r.tokens[j + 1].opens \
        and bool(g.posts.match(r.words, j + 1))


def _branch_end(r: Reader, end: int) -> int:
    """Past the branch named right after a capitalised institution («Universidad de Atacama sede Vallenar»): the
    branch is part of who it is, and left out it would begin a title or a post."""
    if end + 1 < len(r.tokens) and r.words[end] in r.gazetteer.branches and not r.tokens[end].opens \
            and not r.tokens[end + 1].opens and r.capital(end + 1):
        return _capitalised_end(r, end + 1)
    return end


def _code_at(r: Reader, j: int) -> bool:
    """A letter, a hyphen and a number (a school's code: «liceo a-12», «escuela d-45»), a stop word though its letter
    may be («a»)."""
    return len(r.words[j]) == 1 and j + 1 < len(r.tokens) and r.words[j + 1].isdigit() \
        and r.tokens[j + 1].start == r.tokens[j].end + 1 and not r.tokens[j + 1].atom


def _eponym_at(r: Reader, j: int, named_from: int) -> bool:
    """Whether a title at `j`, with nothing but the head (and its number: «escuela d-45») before it, opens the name
    of whom the institution is named after («cesfam dr carlos godoy»), not a person of it."""
    return r.words[j] in r.gazetteer.eponym_titles and all(
        len(word) == 1 or word.isdigit() for word in r.words[named_from:j])


def _person_begins(r: Reader, j: int) -> bool:
    """Whether a person is named from `j` inside a lower-case run: an honorific («… de parral señora rosa diaz»),
    or a known name followed by a post («carabineros juan pablo soto comisario de curico»); a name with no post
    after it may be the institution's own («liceo arturo prat»)."""
    g = r.gazetteer
    if r.words[j] in g.honorifics and r.words[j - 1] not in g.of_words:
        return True
    end = _known_name_end(r, j) if g.given_names.match(r.words, j) else j
    return end > j + 1 and end < len(r.words) and not r.tokens[end].opens and bool(g.posts.match(r.words, end))
