"""The lexicon's phrase lists, compiled once into matchers the intent and slot rules ask by name."""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from nlu import datafiles
from nlu.lexicon import expanded
from nlu.phrases import Needs, Phrases, Words

INDEXING_CODE = tuple(Path(__file__).with_name(name) for name in ("vocabulary.py", "phrases.py", "normalize.py"))
"""The code that indexes phrase lists by their key words: a kept index is stale when any of it changes."""


class Vocabulary:
    """`cue("complaint")`, `slot("street_types")`, `status("statuses")`: each a compiled `Phrases`."""

    def __init__(self, lexicon: Mapping[str, Any]) -> None:
        cues = {name: expanded(words) for name, words in lexicon["cues"].items()}
        self.cues = {name: Phrases(words) for name, words in cues.items()}
        self.slots = {name: Phrases(expanded(words)) for name, words in lexicon["slots"].items()}
        self.words = {name: WordSet(expanded(words)).plain() for name, words in lexicon["slots"].items()}
        self.statuses = {name: Phrases(expanded(words)) for name, words in lexicon["statuses"].items()}
        self.invitation_statuses = {name: Phrases(expanded(words))
                                    for name, words in lexicon["invitation_statuses"].items()}
        self.audience_statuses = {name: Phrases(expanded(words))
                                  for name, words in lexicon["audience_statuses"].items()}
        self.answers = {name: Phrases(expanded(words)) for name, words in lexicon["answers"].items()}
        self.number_words = frozenset({*(w for w, n in lexicon["numbers"].items() if " " not in w and n >= 2),
                                       *lexicon["spoken_phone"]["tens"], *lexicon["spoken_number"]["hundreds"]})
        """A number said in words (a house number dictated: «Los Aromos doscientos cuarenta y cinco»), past «un»."""
        self.spelled_out: dict[str, str] = {**lexicon.get("spellings", {}), **lexicon.get("abbreviations", {})}
        """Chat spellings and the words they stand for, as a text slot shows them («x» → «por»)."""
        self.shorthand = frozenset(lexicon.get("abbreviations", {}))
        """Office shorthand, spelled out in a text slot even with its period («aniv.» → «aniversario»)."""
        self.noun_spelled_out: dict[str, str] = dict(lexicon.get("noun_spellings", {}))
        """Short forms that are verbs too, spelled out only as nouns («su cumple» → «su cumpleaños»)."""
        self.cue_words = {name: WordSet(w for phrase in words for w in phrase.split()) for name, words in cues.items()}
        self.cue_heads = {name: WordSet(phrase.split()[0] for phrase in words if phrase.strip()).plain()
                          for name, words in cues.items()}
        """The words each cue's phrases begin with: «folclórica» ends no name, though «peña folclórica» is an
        activity."""
        self._merged: dict[tuple[tuple[str, ...], Collection[str], Collection[str]], Container[str]] = {}
        self._cue_keys: CueKeys | None = None
        self.states = {prefix + name: phrases
                       for prefix, table in (("st:", self.statuses), ("ist:", self.invitation_statuses),
                                             ("ans:", self.answers)) for name, phrases in table.items()}
        """Statuses of a complaint (`st:`) or an invitation (`ist:`) and answers to one (`ans:`), by feature name."""
        self._state_keys: CueKeys | None = None

    def cue(self, name: str) -> Phrases:
        return self.cues[name]

    def possible_cues(self, words: Words) -> frozenset[str]:
        """The cues that may occur in a message with these words (`Phrases.may_occur` of every cue at once)."""
        keys = self._cue_keys or self._index_cues()
        return keys.possible(words)

    def _index_cues(self) -> CueKeys:
        self._cue_keys = CueKeys(self.cues, kept_as="cue_keys")
        return self._cue_keys

    def possible_states(self, words: Words) -> frozenset[str]:
        """The `states` that may occur in a message with these words, found as `possible_cues` are."""
        if self._state_keys is None:
            self._state_keys = CueKeys(self.states, kept_as="state_keys")
        return self._state_keys.possible(words)

    def statuses_of(self, intent: str) -> Mapping[str, Phrases]:
        """The status words of the record an intent is about: one table per kind of record, so that «rechazadas»
        names an audience's status as its register names it and a complaint's as the complaint register does."""
        kind = intent.split(".", 1)[0]
        if kind == "invitation":
            return self.invitation_statuses
        if kind == "lobby":
            return self.audience_statuses
        return self.statuses

    def slot(self, name: str) -> Phrases:
        return self.slots[name]

    def noise(self, *names: str, extra: Collection[str] = (), keep: Collection[str] = ()) -> Container[str]:
        """Words that only frame a message: the lists named plus `extra`, less `keep`; built once per key.

        `extra` and `keep` are tuples or frozensets, so that the key is found without building a set.
        """
        key = (names, extra, keep)
        merged = self._merged.get(key)
        if merged is None:
            merged = WordSet(extra)
            for name in names:
                merged = merged | (self.words.get(name) or self.cue_words.get(name) or WordSet(()))
            merged = self._merged[key] = (merged - keep).plain()
        return merged


class WordSet:
    """Single words, some ending in `*` (any ending): `"registrar" in WordSet(["registra*"])`."""

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        self.exact = frozenset(w for w in words if not w.endswith("*"))
        self.prefixes = tuple(sorted({w[:-1] for w in words if w.endswith("*")}))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.startswith(self.prefixes))

    def plain(self) -> WordSet | frozenset[str]:
        """A set without open endings as a plain frozenset, whose `in` runs no Python code: the slot rules
        ask it for every word of a message."""
        return self if self.prefixes else self.exact

    def __or__(self, other: WordSet | Iterable[str]) -> WordSet:
        other = other if isinstance(other, WordSet) else WordSet(other)
        return WordSet([*self.exact, *other.exact, *(p + "*" for p in (*self.prefixes, *other.prefixes))])

    def __sub__(self, other: Iterable[str]) -> WordSet:
        removed = set(other.exact if isinstance(other, WordSet) else other)
        return WordSet([*(self.exact - removed), *(p + "*" for p in self.prefixes if p not in removed)])


class CueKeys:
    """Every cue list (or other lists by name) by its key words (`Phrases.keys`): a message holds a few of the
    hundreds of cues, and one look-up per word of it finds which, instead of each rule asking each list. A key
    word stands for its cue when it alone makes a phrase, or when the message also holds the other words of
    one of its phrases (`Index.others`). Built on first use, so that a greeting's `gabinete parse` is spared it
    unless a rule asks; with `kept_as`, built once and kept between processes (`nlu.datafiles.derived`), since
    indexing the lexicon's thousands of phrases was a fifth of a parser's start."""

    def __init__(self, cues: Mapping[str, Phrases], kept_as: str | None = None) -> None:
        build = partial(_keys_of, cues)
        source = {name: phrases.phrases for name, phrases in cues.items()}
        self.always, self.by_word, self.by_head = \
            datafiles.derived(kept_as, source, build, INDEXING_CODE) if kept_as else build()
        self.words = frozenset(self.by_word)
        self.heads = frozenset(self.by_head)

    def possible(self, words: Words) -> frozenset[str]:
        found = set(self.always)
        tokens, heads = words.tokens, words.heads
        for table, keys, present in ((self.by_word, self.words, tokens), (self.by_head, self.heads, heads)):
            for key in keys.intersection(present):
                alone, needing = table[key]
                found.update(alone)
                for name, needs in needing:
                    if name not in found:
                        for needed_words, needed_heads in needs:
                            if needed_words <= tokens and needed_heads <= heads:
                                found.add(name)
                                break
        return frozenset(found)


Entries = dict[str, tuple[frozenset[str], tuple[tuple[str, tuple[tuple[frozenset[str], frozenset[str]], ...]], ...]]]
"""By key: the lists it stands for alone, and those it stands for with what else (`Needs` as plain pairs)."""


def _keys_of(cues: Mapping[str, Phrases]) -> tuple[frozenset[str], Entries, Entries]:
    """`CueKeys`' tables (the lists always searched, by word, by head), as plain data that marshal keeps."""
    always = frozenset(name for name, phrases in cues.items() if phrases.keys().always)
    by_word: dict[str, list[tuple[str, tuple[Needs, ...] | None]]] = {}
    by_head: dict[str, list[tuple[str, tuple[Needs, ...] | None]]] = {}
    for name, phrases in cues.items():
        keys = phrases.keys()
        if keys.always:
            continue
        for word in keys.exact:
            by_word.setdefault(word, []).append((name, keys.others.get((False, word))))
        for head in keys.heads:
            by_head.setdefault(head, []).append((name, keys.others.get((True, head))))
    return (always, {word: _split(entries) for word, entries in by_word.items()},
            {head: _split(entries) for head, entries in by_head.items()})


def _split(entries: list[tuple[str, tuple[Needs, ...] | None]],
           ) -> tuple[frozenset[str], tuple[tuple[str, tuple[tuple[frozenset[str], frozenset[str]], ...]], ...]]:
    """A key's lists: those it stands for alone, added at once, and those that need more of the message."""
    return (frozenset(name for name, needs in entries if needs is None),
            tuple((name, tuple(map(tuple, needs))) for name, needs in entries if needs is not None))
