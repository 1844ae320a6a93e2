"""The capabilities' recognizers, each asked only of the messages that hold what it needs.

A recognizer votes for one of its capability's intents on evidence its words alone cannot carry (a pronoun
with a change verb, say). Most messages concern none of the capabilities with one, and a recognizer reads
many cues and patterns before it says nothing: so its declaration (`[recognizer]` in the capability's TOML,
`nlu.capabilities.Needs`) says what a message must hold for it to speak, and a set test on the message's words
spares it the others. A capability whose evidence no word list can stand for declares none and is always asked.
`Recognizers` opens every gate at once: one look-up per word of the message and one per cue it holds, instead of
each gate reading the whole message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import repeat

from nlu.capabilities import CapabilitySpec, Needs
from nlu.lexicon import request_forms
from nlu.morphology import forms
from nlu.slots.common import Context

Recognize = Callable[[Context], "tuple[str, float] | None"]
REMEMBERED = 50_000
"""Distinct words whose gates are kept between messages (`Recognizers`)."""
NONE: frozenset[int] = frozenset()


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
        """This gate alone (`Recognizers` opens them all at once, as this would)."""
        exact, prefixes = self._words
        tokens = ctx.words.tokens
        if not exact.isdisjoint(tokens) or (prefixes and any(map(str.startswith, tokens, repeat(prefixes)))):
            return True
        return self.opened_apart(ctx)

    def admits(self, word: str) -> bool:
        """Whether this word alone opens the gate."""
        exact, prefixes = self._words
        return word in exact or bool(prefixes and word.startswith(prefixes))

    def opened_apart(self, ctx: Context) -> bool:
        """Whether the message's ticket or one of its cues opens the gate, whatever its words."""
        if self.needs.ticket and ctx.ticket:
            return True
        return any(ctx.cue(name) for name in ctx.possible_cues().intersection(self.needs.cues))


class Recognizers:
    """Every capability's recognizer in declared order, their gates opened together: which gates a word opens is
    learnt the first time it is seen (the same words come back in message after message), and the cues are looked
    up once for all the gates that need them."""

    def __init__(self, recognizers: Sequence[Recognizer]) -> None:
        self.all = tuple(recognizers)
        self._by_word: dict[str, frozenset[int]] = {}
        by_cue: dict[str, set[int]] = {}
        for index, recognizer in enumerate(self.all):
            for name in recognizer.gate.needs.cues if recognizer.gate else ():
                by_cue.setdefault(name, set()).add(index)
        self._by_cue = {name: frozenset(found) for name, found in by_cue.items()}
        self._cues = frozenset(by_cue)
        self._always = frozenset(i for i, r in enumerate(self.all) if r.gate is None)
        self._by_ticket = frozenset(i for i, r in enumerate(self.all) if r.gate and r.gate.needs.ticket)

    def __iter__(self) -> Iterator[Recognizer]:
        return iter(self.all)

    def __call__(self, ctx: Context) -> list[tuple[str, float]]:
        """What the recognizers whose gates the message opens say of it, in declared order."""
        said = []
        for index in sorted(self.opened(ctx)):
            found = self.all[index].recognize(ctx)
            if found:
                said.append(found)
        return said

    def opened(self, ctx: Context) -> set[int]:
        """The positions of the recognizers this message is asked of: those without a gate, and those whose gate it
        opens."""
        opened = set(self._always)
        by_word = self._by_word
        for token in ctx.words.tokens:
            found = by_word.get(token)
            opened.update(found if found is not None else self._learn(token))
        if ctx.ticket:
            opened.update(self._by_ticket)
        for name in ctx.possible_cues().intersection(self._cues):
            if ctx.cue(name):
                opened.update(self._by_cue[name])
        return opened

    def _learn(self, token: str) -> frozenset[int]:
        known = frozenset(i for i, r in enumerate(self.all) if r.gate is not None and r.gate.admits(token)) or NONE
        if len(self._by_word) >= REMEMBERED:
            self._by_word.clear()
        self._by_word[token] = known
        return known


def function(target: str) -> Callable:
    """`module:function` inside `nlu.slots`, as declarations name extractors and recognizers."""
    module, name = target.split(":")
    return getattr(importlib.import_module(f"nlu.slots.{module}"), name)
