"""The lexicon's phrase lists, compiled once into matchers the intent and slot rules ask by name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nlu.phrases import Phrases


class Vocabulary:
    """`cue("complaint")`, `slot("street_types")`, `status("statuses")`: each a compiled `Phrases`."""

    def __init__(self, lexicon: Mapping[str, Any]) -> None:
        self.cues = {name: Phrases(words) for name, words in lexicon["cues"].items()}
        self.slots = {name: Phrases(words) for name, words in lexicon["slots"].items()}
        self.words = {name: frozenset(words) for name, words in lexicon["slots"].items()}
        self.statuses = {name: Phrases(words) for name, words in lexicon["statuses"].items()}
        self.invitation_statuses = {name: Phrases(words) for name, words in lexicon["invitation_statuses"].items()}
        self.answers = {name: Phrases(words) for name, words in lexicon["answers"].items()}
        self.cue_words = {name: frozenset(w.rstrip("*") for phrase in words for w in phrase.split())
                          for name, words in lexicon["cues"].items()}

    def cue(self, name: str) -> Phrases:
        return self.cues[name]

    def slot(self, name: str) -> Phrases:
        return self.slots[name]

    def noise(self, *names: str) -> frozenset[str]:
        """Words that only frame a message: the slot word lists and cue words named, merged."""
        merged: set[str] = set()
        for name in names:
            merged |= self.words.get(name) or self.cue_words.get(name) or frozenset()
        return frozenset(merged)
