"""The evidence an intent is scored from: named features of one message, each a string.

What a message asks is read from general signs, not from a first matching rule: which request verbs it uses
(by meaning, in any form `nlu.morphology` generates) and whether one opens it; the capabilities' cue phrases
(object nouns, answers, statuses) and whether one opens it; whether it asks a question, requests nothing, or
tells what happened; which atoms it holds (days, times, phones, e-mails, a ticket); its words and the letter
trigrams of its words, which let a typo ("reklamo") share most of its evidence with the word. A few
conjunctions (a cue in a question, a cue beside a time) give a linear scorer the interactions it needs.
Votes (the shared rules, each capability's recognizer) are handed to the scorer apart, see `nlu.scoring`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

from nlu.morphology import Families
from nlu.slots.common import Context

TOKEN = re.compile(r"[a-z]+")
OPENING = 4
"""Spanish chat puts the verb of a request among the first words ("porfa agéndame…", "favor ingresar…")."""
LEAD_REACH = 3
"""How many words after a request lead ("hay que", "favor") its infinitive may stand."""
PAST_ENDINGS = ("aron", "ieron", "uvo", "ubo")
LONG = 25
ROUTED_WORDS = 3
"""A message shorter than this names no problem and place for a department to take ("hola", "ok gracias"): its
routing words are not looked for, which spares compiling them for a greeting."""


class Extractor:
    """Built once per parser from the verb families and the cue names; `__call__` is pure."""

    def __init__(self, families: Mapping[str, Iterable[str]], cue_names: Iterable[str]) -> None:
        self.families = Families(dict(families))
        self.cue_names = frozenset(cue_names)

    def __call__(self, ctx: Context) -> list[str]:
        norm = ctx.norm
        tokens = TOKEN.findall(norm)
        found: set[str] = {"bias"}
        found.update("w:" + t for t in tokens)
        found.update(f"b:{a}_{b}" for a, b in pairwise(tokens))
        if tokens:
            found.add("first:" + tokens[0])
        for token in set(tokens):
            if len(token) >= 4:
                padded = f"^{token}$"
                found.update("c:" + padded[i:i + 3] for i in range(len(padded) - 2))
        requests = self._verbs(ctx, tokens, found)
        question = "?" in norm or ctx.vocabulary.cue("question").at_start(norm.lstrip(" ¿")) is not None
        if question:
            found.add("question")
        if not requests and not question:
            found.add("statement")
        if _past(ctx.text.original):
            found.add("past")
        found.add("short" if len(tokens) <= 3 else "long" if len(tokens) > LONG else "medium")
        atoms = self._atoms(ctx, found)
        for name in sorted(ctx.possible_cues() & self.cue_names):
            match = ctx.cue(name)
            if match is None:
                continue
            found.add("cue:" + name)
            if len(norm[:match.start()].split()) < OPENING:
                found.add("cue0:" + name)
            if question:
                found.add("q&cue:" + name)
            if "time" in atoms:
                found.add("t&cue:" + name)
            if "day" in atoms or "range" in atoms:
                found.add("d&cue:" + name)
        opening = [f[4:] for f in found if f.startswith("rq0:")]
        cues = [f[4:] for f in found if f.startswith("cue:")]
        found.update(f"rq0&cue:{meaning}&{cue}" for meaning in opening for cue in cues)
        for meaning in requests:
            if question:
                found.add("q&rq:" + meaning)
        self._states(ctx, found, question)
        return sorted(found)

    def _states(self, ctx: Context, found: set[str], question: bool) -> None:
        """Statuses a complaint or an invitation may be in, and answers to an invitation: with a ticket and no
        question, a status sets it; in a question, it filters a list."""
        vocabulary = ctx.vocabulary
        for prefix, table in (("st:", vocabulary.statuses), ("ist:", vocabulary.invitation_statuses),
                              ("ans:", vocabulary.answers)):
            for name, phrases in table.items():
                if ctx.finds(phrases):
                    found.add(prefix + name)
                    if question:
                        found.add("q&" + prefix + name)
                    if ctx.ticket:
                        found.add("ticket&" + prefix + name)
        if ctx.ticket and question:
            found.add("q&ticket")
        if vocabulary.slot("citizen_titles").found(ctx.norm):
            found.add("citizen")

    def _verbs(self, ctx: Context, tokens: list[str], found: set[str]) -> set[str]:
        """Request verbs by meaning: an imperative or 1st person plural anywhere (`rq:`) or opening (`rq0:`),
        an infinitive after a request lead ("hay que anotar", `rq:` too), a verb only named (`nm:`)."""
        families = self.families
        requests: set[str] = set()
        leads = [len(ctx.norm[:m.start()].split()) for m in ctx.vocabulary.cue("request_lead").finditer(ctx.norm)] \
            if ctx.cue("request_lead") else []
        for position, token in enumerate(tokens):
            for meaning in families.request(token):
                requests.add(meaning)
                found.add("rq:" + meaning)
                if position < OPENING:
                    found.add("rq0:" + meaning)
            for meaning in families.infinitive(token):
                found.add("inf:" + meaning)
                if any(0 < position - lead <= LEAD_REACH for lead in leads) or position == 0:
                    requests.add(meaning)
                    found.add("rq:" + meaning)
                    if position <= OPENING + 1:
                        found.add("rq0:" + meaning)
            for meaning in families.named(token):
                found.add("nm:" + meaning)
                if any(0 < position - lead <= LEAD_REACH for lead in leads):  # «que quede agendado», «déjalo anotado»
                    requests.add(meaning)
                    found.add("rq:" + meaning)
        return requests

    def _atoms(self, ctx: Context, found: set[str]) -> set[str]:
        kinds = {a.kind for a in ctx.atoms if not a.deadline}
        found.update("a:" + kind for kind in kinds)
        if any(a.deadline for a in ctx.atoms):
            found.add("a:deadline")
        if any(a.month_given for a in ctx.atoms):
            found.add("a:month")
        if ctx.phones:
            found.add("phone")
        if ctx.emails:
            found.add("email")
        if ctx.ticket:
            found.add("ticket:strict" if ctx.ticket[0].startswith("R-") else "ticket")
        if any(c.isdigit() for c in ctx.norm):
            found.add("digits")
        if len(ctx.words.tokens) >= ROUTED_WORDS and ctx.router.route(ctx.norm) is not None:
            found.add("routed")
        return kinds


def _past(original: str) -> bool:
    """A past-tense narrative: «estuvo bonita la ceremonia», «llegó», «llamaron»."""
    for word in re.findall(r"\w+", original.lower()):
        if (word.endswith("ó") and len(word) > 2) or word.endswith(PAST_ENDINGS) or word in ("fue", "fueron"):
            return True
    return False
