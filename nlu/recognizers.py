"""The capabilities' recognizers, each asked only of the messages that hold what it needs.

A recognizer votes for one of its capability's intents on evidence its words alone cannot carry (a pronoun
with a change verb, say). Most messages concern none of the capabilities with one, and a recognizer reads
many cues and patterns before it says nothing: so its declaration (`[recognizer]` in the capability's TOML,
`nlu.capabilities.Needs`) says what a message must hold for it to speak, and a set test on the message's words
spares it the others. A capability whose evidence no word list can stand for declares none and is always asked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from itertools import repeat

from nlu.capabilities import CapabilitySpec, Needs
from nlu.lexicon import request_forms
from nlu.morphology import forms
from nlu.slots.common import Context

Recognize = Callable[[Context], "tuple[str, float] | None"]


class Recognizer:
    """One capability's recognizer behind its needs."""

    def __init__(self, capability: CapabilitySpec) -> None:
        if capability.recognizer is None:
            raise ValueError(f"{capability.name} declares no recognizer")
        self.name = capability.name
        self.target = capability.recognizer
        self.gate = Gate(capability.needs, capability.verbs) if capability.needs else None

    @cached_property
    def recognize(self) -> Recognize:
        """The capability's function, imported when a message first opens its gate: a greeting's `gabinete parse`
        imports none of the slot modules behind a closed gate."""
        return function(self.target)

    def __call__(self, ctx: Context) -> tuple[str, float] | None:
        if self.gate is not None and not self.gate.open(ctx):
            return None
        return self.recognize(ctx)


class Gate:
    """Whether a message holds one of the needed cues, words or verb forms, or a ticket."""

    def __init__(self, needs: Needs, verbs: Mapping[str, Iterable[str]]) -> None:
        self.needs = needs
        self._verbs = verbs

    @cached_property
    def _words(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """(whole words, beginnings of words): spelled out on first use, so a greeting's `gabinete parse` is
        spared the verbs' forms."""
        exact = {word for word in self.needs.words if not word.endswith("*")}
        for meaning in self.needs.verbs:
            for lemma in self._verbs[meaning]:
                exact |= forms(lemma).all | set(request_forms(lemma))
        prefixes = tuple(sorted(word[:-1] for word in self.needs.words if word.endswith("*")))
        return frozenset(exact), prefixes

    def open(self, ctx: Context) -> bool:
        exact, prefixes = self._words
        tokens = ctx.words.tokens
        if not exact.isdisjoint(tokens) or (prefixes and any(map(str.startswith, tokens, repeat(prefixes)))):
            return True
        if self.needs.ticket and ctx.ticket:
            return True
        return any(ctx.cue(name) for name in ctx.possible_cues().intersection(self.needs.cues))


def function(target: str) -> Callable:
    """`module:function` inside `nlu.slots`, as declarations name extractors and recognizers."""
    module, name = target.split(":")
    return getattr(importlib.import_module(f"nlu.slots.{module}"), name)
