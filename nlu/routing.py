"""Which department a complaint goes to, from the configured routing words.

The first word that names what the complaint is about wins; a place named only as a landmark
("frente a la escuela") never routes, and a word inside the address, after "en" ("en la plaza") or inside a
place's name ("villa Los Jardines", "población Los Aromos") routes only when nothing else does. A configured
word also matches its other gender and number ("clandestino*" finds "botillería clandestina", "botillerias" finds
"botillería").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from nlu import lexicon
from nlu.gazetteer import load as gazetteer
from nlu.normalize import Text, fold
from nlu.phrases import LEFT, RIGHT, Phrases, Words, alternation, by_first_character, regex_bodies
from nlu.understanding import DepartmentRoute
from nlu.vocabulary import CueKeys

ARTICLE = r"(?:\s+(?:el|la|los|las|un|una|del|al))?"
ACRONYM_LETTERS = 3
"""An acronym of fewer letters ("AM", "SP") is too easily another word."""
SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y", "e"}
COMMON_NAME_WORDS = frozenset(("municipal", "municipales", "direccion", "departamento", "secretaria", "comunal",
                               "publica", "publico", "oficina", "unidad", "personas", "desarrollo", "gestion",
                               "administracion", "asesoria", "control", "transporte", "comunitario"))
"""Words of a department's name too common in a complaint to name that department alone."""
UNIT_ARTICLE = re.compile(r"(?<![a-z])la\s+$")
"""«la dom», «a la dom», «de la dom»: a unit's acronym written in lower case is the unit after the feminine article
(a direction, a secretariat), never «el dom» (Sunday) nor a word of the complaint."""
PAIR_JOINTS = ("", "de", "del", "de la", "de las", "de los", "y", "e")
LOCATIVE = re.compile(LEFT + r"en" + ARTICLE + r"\s*$")
BECAME = re.compile(LEFT + r"(?:convertid|transformad|vuelt)[oa]s?\s+en" + ARTICLE + r"\s*$")
"""A word after "en" is where, not what ("reclamo en la plaza"), unless "en" says what a place became:
"un sitio eriazo convertido en basural"."""
TRAILING_ARTICLE = re.compile(r"(?:\s+(?:el|la|los|las|un|una))?\s*$")
UNIT_LEAD = re.compile(r"\s*(?:(?:a|al)\s+)?(?:(?:la|el|los|las)\s+)?")
"""What may stand between a clause that sends something and the unit it names: «a la», «al»."""
NAME_JOINTS = r"(?:\.?\s+(?:el|la|los|las|de|del))*\.?\s*$"
"""What may stand between a kind of place and the word that names it: «villa Los Jardines», «pobl. El Bosque»."""


class Router:
    def __init__(self, routes: Sequence[DepartmentRoute], landmarks: Iterable[str],
                 place_kinds: Iterable[str] = ()) -> None:
        routed = [route for route in routes if route.words]
        self.codes = [route.code for route in routed]
        self._words_by_code = [[v for w in route.words for v in _inflections(_fold_word(w))] for route in routed]
        self._words: re.Pattern[str] | None = None
        self._any = Phrases(word for words in self._words_by_code for word in words)
        """Every routing word as one list, whose key words tell a message that holds none without the regex."""
        self.names = [(route.code, Phrases(_names(route))) for route in routes]
        self.parts = [(code, Phrases(parts)) for code, parts in _parts(routes).items() if parts]
        self.acronyms = [(route.code, Phrases([initials])) for route in routes if (initials := acronym(route.name))]
        self.landmark = Phrases(landmarks)
        self.named_place = re.compile(LEFT + alternation(place_kinds) + NAME_JOINTS)
        """A routing word right after a kind of place («villa», «pasaje») is part of that place's name."""
        self._keys: CueKeys | None = None

    @property
    def words(self) -> re.Pattern[str]:
        """All routing words in one pattern, compiled on first use.

        The words are grouped by first character, each group holding a named group per department in the
        configured order (`d<department>x<character>`): at any position the first department whose word
        matches wins, as in a flat list, but the regex engine only tries the words that start right.
        """
        if self._words is None:
            heads: dict[str, list[str]] = {}
            for index, words in enumerate(self._words_by_code):
                for head, rests in by_first_character(regex_bodies(words)).items():
                    heads.setdefault(head, []).append(f"(?P<d{index}x{ord(head[-1])}>" + "|".join(rests) + ")")
            branches = [head + "(?:" + "|".join(groups) + ")" for head, groups in heads.items()]
            self._words = re.compile(LEFT + "(?:" + ("|".join(branches) or "(?!)") + ")" + RIGHT)
        return self._words

    def route(self, norm: str, weak_spans: Sequence[tuple[int, int]] = (),
              words: Words | None = None) -> tuple[str, tuple[int, int]] | None:
        """The department of the first strong routing word, else of the first weak one; `words`, the text's
        words if known, spare the search in a text that holds no routing word."""
        if words is not None and not self._any.may_occur(words):
            return None
        weak = None
        for match in self.words.finditer(norm):
            before = _without_article(norm[max(0, match.start() - 40):match.start()])
            if self.landmark.ending_at(before, len(before)):
                continue
            code = self.codes[int((match.lastgroup or "d0x").split("x")[0][1:])]
            locative = (LOCATIVE.search(before) and not BECAME.search(before)) or self.named_place.search(before)
            if not (locative or any(a <= match.start() < b for a, b in weak_spans)):
                return code, match.span()
            weak = weak or (code, match.span())
        return weak

    def named(self, text: Text, words: Words) -> tuple[str, tuple[int, int]] | None:
        """A department called by its name, code or acronym in capitals ("reclamos de Obras", "de la DOM"),
        else by a routing word; `words` spare the regex of the names whose first words are absent."""
        hits = self.name_hits(text, words, ("name", "acronym")) or self.name_hits(text, words, ("part",))
        if hits:
            _, code, span = min(hits)
            return code, span
        return self.route(text.norm, words=words)

    def named_at(self, text: Text, words: Words, position: int) -> tuple[str, tuple[int, int]] | None:
        """The department whose name, code, acronym or part starts at `position`, past «a» and an article («derívela
        a la DOM», «para SECPLAN»): the unit a clause sends something to, not one a routing word only suggests."""
        start = UNIT_LEAD.match(text.norm, position).end()
        hits = [hit for hit in self.name_hits(text, words, ("name", "acronym", "part")) if hit[0] == start]
        if not hits:
            return None
        _, code, span = max(hits, key=lambda hit: hit[2][1])
        return code, span

    def name_hits(self, text: Text, words: Words, kinds: tuple[str, ...]) -> list[tuple[int, str, tuple[int, int]]]:
        """Where each department is called by one of these kinds of its names; an acronym counts in capitals, or in
        lower case when it is a known unit after «la» (`_unit_acronym`)."""
        possible = self._named_keys().possible(words)
        lists = {"name": self.names, "acronym": self.acronyms, "part": self.parts}
        return [(m.start(), code, m.span()) for kind in kinds for i, (code, pattern) in enumerate(lists[kind])
                if f"{kind}:{i}" in possible for m in pattern.finditer(text.norm)
                if kind != "acronym" or text.source(*m.span()).isupper() or _unit_acronym(text.norm, m.span())]

    def names_one(self, norm: str, words: Words | None = None) -> bool:
        """Whether `norm` holds a department's name, code, acronym or part («de Medio Ambiente», «los de la DOM»),
        not only a routing word (the «escombros» of «acumulación de escombros»); `words`, the text's words if known,
        spare the regex of the lists whose key words are absent (`_named_keys`)."""
        lists = (("name", self.names), ("acronym", self.acronyms), ("part", self.parts))
        possible = None if words is None else self._named_keys().possible(words)
        return any(pattern.search(norm) for kind, table in lists for i, (_, pattern) in enumerate(table)
                   if possible is None or f"{kind}:{i}" in possible)

    def _named_keys(self) -> CueKeys:
        """The departments' names, acronyms and parts by their key words, so that a message is looked up once
        instead of each list asked (`Phrases.may_occur`); built on first use."""
        if self._keys is None:
            self._keys = CueKeys({**{f"name:{i}": p for i, (_, p) in enumerate(self.names)},
                                  **{f"acronym:{i}": p for i, (_, p) in enumerate(self.acronyms)},
                                  **{f"part:{i}": p for i, (_, p) in enumerate(self.parts)}})
        return self._keys


def router(routes: Iterable[DepartmentRoute], language: str = "es") -> Router:
    """A router of these routes, built once, for a text the parser did not read (a description told in answer to
    «¿Qué pasó?», a request imported from a spreadsheet): routed by the parser's rule and landmarks."""
    return _built(tuple(replace(route, words=tuple(route.words)) for route in routes), language)


@cache
def _built(routes: tuple[DepartmentRoute, ...], language: str) -> Router:
    words = lexicon.load(language)
    return Router(routes, words["slots"]["landmark_before"], words["not_dates"]["street_before"])


def _unit_acronym(norm: str, span: tuple[int, int]) -> bool:
    """«pásalo a la dom», «solicitudes de la dom»: an acronym the gazetteer knows as a municipal unit, said after
    «la», names the unit even typed in lower case."""
    return norm[span[0]:span[1]] in gazetteer().units and UNIT_ARTICLE.search(norm, 0, span[0]) is not None


def _fold_word(word: str) -> str:
    """Configured words are written with accents and may end in "*"; matching is on folded text."""
    return fold(word.rstrip("*")) + ("*" if word.endswith("*") else "")


def _without_article(text: str) -> str:
    """"frente a la" and "frente a" are the same landmark cue."""
    return TRAILING_ARTICLE.sub("", text)


def _names(route: DepartmentRoute) -> list[str]:
    names = [route.code.replace("_", " ")]
    name = fold(route.name)
    if name:
        names.append(re.sub(r"[()]", " ", name))
        names.extend(re.findall(r"\(([^)]+)\)", name))
        names.append(re.sub(r"\s*\(.*?\)", "", name))
    return [" ".join(n.split()) for n in names if n.strip()]


def _parts(routes: Sequence[DepartmentRoute]) -> dict[str, list[str]]:
    """Shorter ways staff say a department's name: two of its significant words in order, joined as Spanish
    joins them ("gestión del riesgo", "gestión de desastres" for Gestión del Riesgo de Desastres), and a word
    no other department's name has ("salud", "finanzas", "planificación") unless it is too common to name one."""
    significant = {route.code: [w for w in _name_words(route.name) if w not in SMALL_WORDS] for route in routes}
    counts: dict[str, int] = {}
    for words in significant.values():
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    parts: dict[str, list[str]] = {}
    for code, words in significant.items():
        found = {word for word in words if counts[word] == 1 and word not in COMMON_NAME_WORDS
                 and len(word) >= ACRONYM_LETTERS + 2}
        for i, first in enumerate(words):
            for second in words[i + 1:]:
                found |= {f"{first} {joint} {second}".replace("  ", " ") for joint in PAIR_JOINTS}
        parts[code] = sorted(found)
    return parts


def _name_words(name: str) -> list[str]:
    return fold(re.sub(r"\(.*?\)", " ", name)).split()


def _inflections(word: str) -> set[str]:
    """A configured word and its other gender and number, changing the ending of its last word only."""
    head, _, last = word.rpartition(" ")
    star = "*" if last.endswith("*") else ""
    stem = last.rstrip("*")
    endings = {"os": ("o", "a", "as"), "as": ("a",), "o": ("os", "a", "as"), "a": ("as",)}
    found = {word}
    for ending, others in endings.items():
        if stem.endswith(ending) and len(stem) > len(ending) + 2:
            found |= {f"{head} {stem[:-len(ending)]}{other}{star}".strip() for other in others}
            break
    return found


def acronym(name: str) -> str:
    """"Dirección de Obras Municipales" is the DOM: the initials of its words, small words left out."""
    words = [w for w in fold(re.sub(r"\(.*?\)", " ", name)).split() if w not in SMALL_WORDS]
    initials = "".join(w[0] for w in words if w[0].isalpha())
    return initials if len(initials) >= ACRONYM_LETTERS else ""
