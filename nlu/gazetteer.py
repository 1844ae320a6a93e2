"""Known names as data: posts and ranks, honorifics, institutions, municipal units, given names and
surnames, street words and command words, read from `nlu/gazetteers/*.toml`.

The files are read the first time a slot extractor asks, not when the parser is built, so that
`gabinete parse "hola"` reads none of them. What is read is immutable and the same for every parser.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nlu import datafiles, lexicon

HERE = Path(__file__).parent / "gazetteers"


class PhraseTable:
    """Phrases of one or more folded words, indexed by their first word, so that a word sequence is
    matched at a position with one dictionary look-up instead of a regex per phrase. Most phrases are one
    word, told by a set test; only the longer ones starting with the word are compared."""

    def __init__(self, phrases: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in {p.strip() for p in phrases if p.strip()}:
            words = tuple(phrase.split())
            index.setdefault(words[0], []).append(words)
        self._index = {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}
        longer: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for found in self._index.values():
            for phrase in found:
                if len(phrase) > 1:
                    longer.setdefault(phrase[:2], []).append(phrase)
        self._longer = {pair: tuple(found) for pair, found in longer.items()}
        """The phrases of two words or more by their first two words, longest first: «en» opens a dozen targets,
        and the word after it tells the one or two worth comparing."""
        self._single = frozenset(first for first, found in self._index.items() if (first,) in found)
        """The words that are a phrase by themselves."""
        self.firsts = frozenset(self._index)
        """The words a phrase starts with: a message holding none of them needs no `match` call at all."""
        self.words = frozenset(w for found in self._index.values() for phrase in found for w in phrase)

    def match(self, words: Sequence[str], position: int) -> int:
        """How many words of the longest phrase starting at `position` (0 if none)."""
        if position >= len(words):
            return 0
        word = words[position]
        if word not in self.firsts:
            return 0
        if position + 1 < len(words):
            for phrase in self._longer.get((word, words[position + 1]), ()):
                end = position + len(phrase)
                if end <= len(words) and tuple(words[position:end]) == phrase:
                    return len(phrase)
        return 1 if word in self._single else 0

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, str) or not phrase:
            return False
        words = tuple(phrase.split())
        return words in self._index.get(words[0], ())


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Compared and hashed by identity: it is one per process, and the caches keyed by it need not hash
    forty tables for every message."""

    honorifics: frozenset[str]
    ambiguous_ranks: frozenset[str]
    posts: PhraseTable
    post_qualifiers: PhraseTable
    name_markers: PhraseTable
    post_markers: PhraseTable
    not_names: frozenset[str]
    abbreviations: frozenset[str]
    not_rank_after: frozenset[str]
    joiners: frozenset[str]
    of_words: frozenset[str]
    articles: frozenset[str]
    given_names: PhraseTable
    surnames: PhraseTable
    institution_heads: PhraseTable
    institution_stops: PhraseTable
    forces: frozenset[str]
    """The armed forces and the police, whose name ends at its head: a given name after one is a person's."""
    sectors: PhraseTable
    units: PhraseTable
    ordinals: frozenset[str]
    ordinal_endings: frozenset[str]
    eponym_titles: frozenset[str]
    kind_qualifiers: frozenset[str]
    branches: frozenset[str]
    street_types: frozenset[str]
    road_types: frozenset[str]
    neighbourhood_types: frozenset[str]
    typed_name_leads: frozenset[str]
    unit_words: frozenset[str]
    place_articles: frozenset[str]
    bearings: frozenset[str]
    number_words: frozenset[str]
    not_street_number: frozenset[str]
    corner_words: frozenset[str]
    corner_joiners: frozenset[str]
    corner_fixtures: PhraseTable
    house_number_leads: frozenset[str]
    street_leads: PhraseTable
    street_name_stops: frozenset[str]
    where_words: frozenset[str]
    localities: PhraseTable
    courtesies: PhraseTable
    greetings: PhraseTable
    consequences: PhraseTable
    addressees: PhraseTable
    periphrases: PhraseTable
    auxiliaries: PhraseTable
    verbs: tuple[str, ...]
    irregular: frozenset[str]
    matter_verbs: tuple[str, ...]
    """Request verbs whose object is an action to do («recuérdame llamar al comisario»): the verb after them is
    the matter, not a second request."""
    targets: PhraseTable
    owners: PhraseTable
    after_verb: PhraseTable
    addressed: PhraseTable
    """Whom a request is said to, named right after its verb («agende usted…», «agéndeme señorita…»)."""
    noun_forms: frozenset[str]
    dictated_marks: dict[str, str]
    """Punctuation said aloud ("dos puntos") → the mark it stands for (":")."""
    self_corrections: tuple[str, ...]
    """The lexicon's `retract` words: what takes back the value before it, anywhere in a message."""
    headed_corrections: tuple[str, ...]
    """The lexicon's `retract_headed` words («o sea»): they take back only a value said again with its head."""
    correction_heads: frozenset[str]
    correction_kin: dict[str, tuple[str, ...]]
    """A correction head → what it stands for before the mark too («al» → «a la», «a los»…; «a» → «al»)."""
    not_mark_after: frozenset[str]
    not_mark_before: frozenset[str]
    command_followers: frozenset[str]
    purpose_words: frozenset[str]
    determiners: frozenset[str]
    mail_fields: dict[str, str]
    """A mail header's field name (folded) → what it says: sender, sent, subject, recipient."""
    post_spellings: dict[str, str]
    """An abbreviated post (folded, no period) → the post in words, for a contact's role."""
    post_groups: dict[str, tuple[str, ...]]
    """A word naming several posts at once («parlamentarios») → those posts («diputado», «senador»)."""

    def ordinal(self, word: str) -> bool:
        """«tercera», «3ra», «25a» (from «25ª»): an ordinal in words or a number with an ordinal's ending."""
        number = word.rstrip("abcdefghijklmnopqrstuvwxyz")
        return word in self.ordinals or (number.isdigit() and word[len(number):] in self.ordinal_endings)


def _read(name: str) -> dict[str, Any]:
    return datafiles.read(HERE / f"{name}.toml")


@cache
def load() -> Gazetteer:
    """Every gazetteer, read once per process (the files are data shipped with the code)."""
    people, institutions, places, commands = (_read(n) for n in ("people", "institutions", "places", "commands"))
    return Gazetteer(
        honorifics=frozenset(people["honorifics"]),
        ambiguous_ranks=frozenset(people["ambiguous_ranks"]),
        posts=PhraseTable(people["posts"] + people["rank_abbreviations"]),
        post_qualifiers=PhraseTable(people["post_qualifiers"]),
        name_markers=PhraseTable(people["name_markers"]),
        post_markers=PhraseTable(people["post_markers"]),
        not_names=frozenset(people["not_names"]),
        abbreviations=frozenset(people["abbreviations"]),
        not_rank_after=frozenset(people["not_rank_after"]),
        joiners=frozenset(people["joiners"]),
        of_words=frozenset(people["of_words"]),
        articles=frozenset(people["articles"]),
        given_names=PhraseTable(people["given_names"]),
        surnames=PhraseTable(people["surnames"]),
        institution_heads=PhraseTable(institutions["heads"]),
        institution_stops=PhraseTable(institutions["stops"]),
        forces=frozenset(institutions["forces"]),
        sectors=PhraseTable(institutions["sectors"]),
        units=PhraseTable(institutions["units"]),
        ordinals=frozenset(institutions["ordinals"]),
        ordinal_endings=frozenset(institutions["ordinal_endings"]),
        eponym_titles=frozenset(institutions["eponym_titles"]),
        kind_qualifiers=frozenset(institutions["kind_qualifiers"]),
        branches=frozenset(institutions["branches"]),
        street_types=frozenset(places["street_types"]),
        road_types=frozenset(places["road_types"]),
        neighbourhood_types=frozenset(places["neighbourhood_types"]),
        typed_name_leads=frozenset(places["typed_name_leads"]),
        unit_words=frozenset(places["unit_words"]),
        place_articles=frozenset(places["place_articles"]),
        bearings=frozenset(places["bearings"]),
        number_words=frozenset(places["number_words"]),
        not_street_number=frozenset(places["not_street_number"]),
        corner_words=frozenset(places["corner_words"]),
        corner_joiners=frozenset(places["corner_joiners"]),
        corner_fixtures=PhraseTable(places["corner_fixtures"]),
        house_number_leads=frozenset(places["house_number_leads"]),
        street_leads=PhraseTable(places["street_leads"]),
        street_name_stops=frozenset(places["street_name_stops"]),
        where_words=frozenset(places["where_words"]),
        localities=PhraseTable(places["localities"]),
        courtesies=PhraseTable(commands["courtesies"] + commands["fillers"]),
        greetings=PhraseTable(commands["greetings"]),
        consequences=PhraseTable(commands["consequences"]),
        addressees=PhraseTable(commands["addressees"]),
        periphrases=PhraseTable(commands["periphrases"] + lexicon.load()["cues"]["reminder_lead"]),
        auxiliaries=PhraseTable(commands["auxiliaries"]),
        verbs=tuple(commands["verbs"]),
        irregular=frozenset(commands["irregular"]),
        matter_verbs=tuple(commands["matter_verbs"]),
        targets=PhraseTable(commands["targets"]),
        owners=PhraseTable(commands["owners"]),
        after_verb=PhraseTable(commands["after_verb"]),
        addressed=PhraseTable(commands["addressed"]),
        noun_forms=frozenset(commands["noun_forms"]),
        dictated_marks=dict(commands["dictated_marks"]),
        self_corrections=tuple(lexicon.load()["ranges"]["retract"]),
        headed_corrections=tuple(lexicon.load()["ranges"]["retract_headed"]),
        correction_heads=frozenset(commands["correction_heads"]),
        correction_kin={head: tuple(said) for head, said in commands["correction_kin"].items()},
        not_mark_after=frozenset(commands["not_mark_after"]),
        not_mark_before=frozenset(commands["not_mark_before"]),
        command_followers=frozenset(commands["command_followers"]),
        purpose_words=frozenset(commands["purpose_words"]),
        determiners=frozenset(commands["determiners"]),
        mail_fields={name: field for field, names in commands["mail_fields"].items() for name in names},
        post_spellings=dict(people["post_spellings"]),
        post_groups={word: tuple(posts) for word, posts in people["post_groups"].items()},
    )
