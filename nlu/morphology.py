"""Spanish request forms generated from a verb lemma, so the lexicon lists lemmas and never conjugations.

Staff ask in every form chat uses: «agéndala», «agéndelo», «agendemos», «agendái» (Chilean voseo), «agendar»,
«hay que agendar», «favor agendar», «que quede agendado». From «agendar» this module spells them all, folded
(no accents), as whole words; what they mean is the lexicon's business. A lemma may carry its irregular
imperatives after slashes, tú then usted: "poner/pon/ponga", "decir/di/diga". A stem that changes its vowel
needs only its tú form ("negar/niega", "mover/mueve"): the usted form is the changed stem with the same
spelling rules as a regular one (niegue, mueva, comience), so «niéguela» and «comiéncela» are never listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from nlu import datafiles

CLITICS = ("lo", "la", "los", "las", "le", "les", "me", "nos", "se", "te")
DOUBLE_CLITICS = ("melo", "mela", "melos", "melas", "selo", "sela", "selos", "selas", "noslo", "nosla")
ENDINGS = ("ar", "er", "ir")
SHORTEST = 3
"""A bare form shorter than this is a function word as often as a verb ("de" of dar, "di", "ve"): only its
forms with clitics ("dame", "dile") count."""
PARTICIPLE_ENDINGS = ("o", "a", "os", "as")


@dataclass(frozen=True)
class Forms:
    """Every folded form of one lemma: those that request (imperatives, 1st person plural, voseo) and the
    infinitive ones that follow a request lead («hay que», «favor», «necesito»)."""

    lemma: str
    requests: frozenset[str]
    infinitives: frozenset[str]
    others: frozenset[str]
    """Present and past tenses, participles: the verb named without a request («aceptó», «agendado»)."""
    subjunctives: frozenset[str] = frozenset()
    """The request forms that are subjunctive too (usted, ustedes, nosotros: «agreguen», «respondamos»): after «que»
    they ask («q agreguen la efeméride»), where «qué agrega» or «qué agenda» would ask a question."""

    @property
    def all(self) -> frozenset[str]:
        return self.requests | self.infinitives | self.others


def _subjunctive_stem(stem: str, ending: str) -> tuple[str, str]:
    """The stem and vowel of the subjunctive, with Spanish spelling kept: marcar → marque, agregar → agregue,
    rechazar → rechace, escoger → escoja."""
    if ending == "ar":
        if stem.endswith("c"):
            return stem[:-1] + "qu", "e"
        if stem.endswith("g"):
            return stem + "u", "e"
        if stem.endswith("z"):
            return stem[:-1] + "c", "e"
        return stem, "e"
    if stem.endswith("g"):
        return stem[:-1] + "j", "a"
    if stem.endswith("c") and not stem.endswith("nc"):
        return stem + "z", "a"
    return stem, "a"


def _changed_stem_usted(tu: str, ending: str) -> str | None:
    """The usted imperative of a verb whose stem changes (niega → niegue, comienza → comience, mueve → mueva),
    from its tú form when that is the changed stem plus the regular vowel; None for any other tú form."""
    if not tu.endswith("a" if ending == "ar" else "e"):
        return None
    stem, vowel = _subjunctive_stem(tu[:-1], ending)
    return stem + vowel


@cache
def forms(entry: str) -> Forms:
    """All forms of `entry` ("agendar", or "poner/pon/ponga" with irregular imperatives); spelled once per process,
    since the lexicon, the verb families, the recognizers' gates and the slot rules ask for the same lemmas (a
    start asked 486 times for 163 lemmas)."""
    lemma, *irregular = entry.strip().split("/")
    if not lemma.endswith(ENDINGS) or len(lemma) < 3:
        return Forms(lemma, frozenset({lemma}), frozenset(), frozenset())
    stem, ending = lemma[:-2], lemma[-2:]
    sub_stem, sub_vowel = _subjunctive_stem(stem, ending)
    tu = irregular[0] if irregular else stem + ("a" if ending == "ar" else "e")
    changed = _changed_stem_usted(tu, ending) if len(irregular) == 1 else None
    usted = irregular[1] if len(irregular) > 1 else changed or sub_stem + sub_vowel
    ustedes = usted + "n"
    # «neguemos», «movamos» keep the lemma's stem; «sirvamos», «pongamos» the usted one.
    nosotros = (sub_stem if changed and ending != "ir" else usted[:-1]) + sub_vowel + "mos"
    # a one-letter stem has no voseo of its own («ver»: «vi» is the past, «vilos» would read «Los Vilos» as a verb)
    voseo = stem + ("ai" if ending == "ar" else "i") if len(stem) > 1 else usted
    # the stressed voseo imperative of an irregular -er verb, with its pronoun only («pónele», «hacélo»): alone it is
    # the present («hace una semana»); regular verbs share the tú form
    stressed = stem + "e" if ending == "er" else tu
    requests = {tu, usted, ustedes, nosotros, voseo, voseo + "s", usted + "s"}  # «que agendes», «no agendes»
    # «recházela», «agregela»: the usted form as chat writes it, without the spelling change (rechace, agregue)
    usted_said = {usted} | ({stem + "e"} if ending == "ar" and stem.endswith(("z", "g")) and not irregular else set())
    requests |= usted_said
    for clitic in CLITICS + DOUBLE_CLITICS:
        requests |= {tu + clitic, ustedes + clitic, voseo + clitic, stressed + clitic}
        requests |= {said + clitic for said in usted_said}
        # «agendémosla» keeps its s; before «nos» and «se» it drops: «sentémonos», «mandémoselo».
        requests.add((nosotros[:-1] if clitic.startswith(("nos", "se")) else nosotros) + clitic)
    infinitives = {lemma} | {lemma + clitic for clitic in CLITICS + DOUBLE_CLITICS}
    vowel = "a" if ending == "ar" else "e"
    participle = stem + ("ad" if ending == "ar" else "id")
    others = {participle + end for end in PARTICIPLE_ENDINGS}
    gerund = stem + ("ando" if ending == "ar" else "iendo")
    others |= {stem + "o", stem + vowel + "n", stem + vowel + "mos", stem + vowel + "s", gerund,
               stem + ("o" if ending == "ar" else "io"), stem + ("e" if ending == "ar" else "i"),
               stem + ("aron" if ending == "ar" else "ieron")}
    others |= {lemma + end for end in ("emos", "a", "an", "e", "ia", "ian", "ias")}
    requests = {form for form in requests if len(form) >= SHORTEST}
    others -= requests | infinitives
    subjunctives = frozenset({*usted_said, ustedes, usted + "s", nosotros} & requests)
    return Forms(lemma, frozenset(requests), frozenset(infinitives), frozenset(others), subjunctives)


class Families:
    """Request verbs grouped by meaning («accept»: aceptar, confirmar), each meaning's forms indexed by word."""

    def __init__(self, families: dict[str, Iterable[str]], kept_as: str | None = None) -> None:
        """`kept_as`: the index is built once and kept between processes (`nlu.datafiles.derived`): the forty
        thousand forms of the lexicon's verbs took a sixth of a parser's start."""
        lemmas = {meaning: tuple(entries) for meaning, entries in families.items()}
        build = partial(_indexed, lemmas)
        self.requests, self.infinitives, self.others = \
            datafiles.derived(kept_as, lemmas, build, (Path(__file__),)) if kept_as else build()

    def request(self, word: str) -> set[str]:
        """The meanings of a word that asks by itself («agéndala», «aceptemos»)."""
        return set(self.requests.get(word, ()))

    def infinitive(self, word: str) -> set[str]:
        return set(self.infinitives.get(word, ()))

    def named(self, word: str) -> set[str]:
        """The meanings of a word that names the verb without asking («aceptó», «agendado»)."""
        return set(self.others.get(word, ()))


Index = dict[str, tuple[str, ...]]
"""A word's meanings as a tuple: read back from a kept copy three times as fast as a set."""


def _indexed(families: dict[str, tuple[str, ...]]) -> tuple[Index, Index, Index]:
    """`Families`' word → meanings tables: requests, infinitives, others; each word's meanings in declared order."""
    tables: tuple[dict[str, dict[str, None]], ...] = ({}, {}, {})
    for meaning, lemmas in families.items():
        for entry in lemmas:
            found = forms(entry)
            for table, words in zip(tables, (found.requests, found.infinitives, found.others), strict=True):
                for word in words:
                    table.setdefault(word, {})[meaning] = None
    requests, infinitives, others = ({word: tuple(meanings) for word, meanings in table.items()} for table in tables)
    return requests, infinitives, others
