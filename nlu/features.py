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
from collections.abc import Container, Iterable, Mapping

from nlu.morphology import CLITICS, Families, forms
from nlu.slots.common import Context

TOKEN = re.compile(r"[a-z]+")
DIGIT = re.compile(r"[0-9]")
OPENING = 4
"""Spanish chat puts the verb of a request among the first words ("porfa agéndame…", "favor ingresar…")."""
LEADS = ("request_lead", "reminder_lead")
"""The cues that ask for the infinitive after them: «hay que anotar», «que no se nos olvide: agendar…»."""
LEAD_REACH = 3
"""How many words after a request lead ("hay que", "favor") its infinitive may stand."""
PAST = re.compile(r"\w\wó\b|(?:aron|ieron|uvo|ubo)\b|\b(?:fue|fueron)\b")
"""A past-tense narrative, in the message as written, lower case: «estuvo bonita la ceremonia», «llegó»,
«llamaron»."""
PAST_MARKS = ("ó", "ron", "uvo", "ubo", "fue")
"""Letters that every match of `PAST` holds: a message without any is no narrative, with no regex run."""
LONG = 25
REMEMBERED = 50_000
"""Distinct words whose own features are kept between messages."""
ROUTED_WORDS = 3
"""A message shorter than this names no problem and place for a department to take ("hola", "ok gracias"): its
routing words are not looked for, which spares compiling them for a greeting."""


class Extractor:
    """Built once per parser from the verb families and the cue names; `__call__` is pure."""

    def __init__(self, families: Mapping[str, Iterable[str]], cue_names: Iterable[str]) -> None:
        self.families = Families(dict(families), kept_as="verb_families")
        self.cue_names = frozenset(cue_names)
        self.verb_forms = frozenset(self.families.requests) | frozenset(self.families.infinitives) \
            | frozenset(self.families.others)
        self.subjunctives = frozenset().union(*(forms(entry).subjunctives for entries in families.values()
                                                for entry in entries))
        self._word_features: dict[str, frozenset[str]] = {}

    def __call__(self, ctx: Context) -> list[str]:
        """The features, unordered: a score is a sum, and the training script sorts them for its own order."""
        norm = ctx.norm
        said = _said_phones(ctx)
        tokens = TOKEN.findall(said or norm)
        found: set[str] = {"bias"}
        word_features = self._word_features
        for token in set(tokens) if said else ctx.words.tokens:
            known = word_features.get(token)
            found.update(known if known is not None else self._learn_word(token))
        found.update(map("b:{}_{}".format, tokens, tokens[1:]))  # each pair of neighbouring words
        if tokens:
            found.add("first:" + tokens[0])
        opened = _opened(tokens, ctx.vocabulary.words["clause_openers"])
        requests, opening, led = self._verbs(ctx, tokens, found, opened)
        asked = self.asks_first(ctx)
        question = "?" in norm or asked
        if question and led and not asked:  # «¿me podría registrar…?»: a request, said politely
            question = False
            found.add("polite")
            found.update(["p&rq:" + meaning for meaning in led])
        if question:
            found.add("question")
            found.update(["q&rq:" + meaning for meaning in requests])
        if not requests and not question:
            found.add("statement")
        lowered = ctx.text.original.lower()
        if any(mark in lowered for mark in PAST_MARKS) and PAST.search(lowered):
            found.add("past")
        found.add("short" if len(tokens) <= 3 else "long" if len(tokens) > LONG else "medium")
        atoms = self._atoms(ctx, found)
        cues = self._cues(ctx, found, question, atoms, opened)
        found.update([f"rq0&cue:{meaning}&{cue}" for meaning in opening for cue in cues])
        self._states(ctx, found, question)
        return list(found)

    def asks_first(self, ctx: Context) -> bool:
        """A question word opens the message and no request does: «qué tiene el alcalde hoy» asks, while «que no
        se me olvide…», «que quede anotado…», «hay que agendar…», «q agreguen…» open with the same words and request.
        «y qué más hay», «oye, ¿cuándo era?» ask too."""
        vocabulary = ctx.vocabulary
        opening = ctx.norm.lstrip(" ¿")
        opener = vocabulary.cue("question_openers").at_start(opening)
        opening = opening[opener.end():].lstrip(" ,¿") if opener else opening
        asked = vocabulary.cue("question").at_start(opening)
        wish = vocabulary.cue("wish_lead").at_start(opening)
        if asked is None or (wish is not None and self._wished(opening[wish.end():])):
            return False
        return not any(vocabulary.cue(lead).at_start(opening) for lead in LEADS)

    def _wished(self, rest: str) -> bool:
        """«que» before a request verb in the subjunctive, maybe past its pronouns: «que anoten la reunión», «q le
        respondan al Rotary»: a request said as a wish, where «qué agenda tiene» asks."""
        words = TOKEN.findall(rest[:60])
        verb = next((word for word in words if word not in CLITICS), "")
        return verb in self.subjunctives

    def _learn_word(self, token: str) -> frozenset[str]:
        """A word's own features (the word, and the letter trigrams of a word of four letters or more), kept:
        the same words come back in message after message. The memory is dropped past `REMEMBERED` words."""
        features = {"w:" + token}
        if len(token) >= 4:
            padded = f"^{token}$"
            features.update(["c:" + padded[i:i + 3] for i in range(len(padded) - 2)])
        if len(self._word_features) >= REMEMBERED:
            self._word_features.clear()
        known = self._word_features[token] = frozenset(features)
        return known

    def _cues(self, ctx: Context, found: set[str], question: bool, atoms: set[str], opened: int) -> list[str]:
        """The cues the message holds (`cue:`), and where and with what: opening it (after the `opened` words of a
        connector or a greeting), in a question, beside a time or a day."""
        present = []
        norm = ctx.norm
        timed, dated = "time" in atoms, "day" in atoms or "range" in atoms
        reach = opened + OPENING  # only whether fewer words than this come before a cue counts: no need to split more
        for name in ctx.possible_cues() & self.cue_names:
            match = ctx.cue(name)
            if match is None:
                continue
            present.append(name)
            found.add("cue:" + name)
            if len(norm[:match.start()].split(None, reach)) < reach:
                found.add("cue0:" + name)
            if question:
                found.add("q&cue:" + name)
            if timed:
                found.add("t&cue:" + name)
            if dated:
                found.add("d&cue:" + name)
        return present

    def _states(self, ctx: Context, found: set[str], question: bool) -> None:
        """Statuses a complaint or an invitation may be in, and answers to an invitation: with a ticket and no
        question, a status sets it; in a question, it filters a list."""
        vocabulary = ctx.vocabulary
        states = vocabulary.states
        for state in vocabulary.possible_states(ctx.words):
            if states[state].search(ctx.norm):
                found.add(state)
                if question:
                    found.add("q&" + state)
                if ctx.ticket:
                    found.add("ticket&" + state)
        if ctx.ticket and question:
            found.add("q&ticket")
        if ctx.finds(vocabulary.slot("citizen_titles")):
            found.add("citizen")

    def _verbs(self, ctx: Context, tokens: list[str], found: set[str], opened: int
               ) -> tuple[set[str], set[str], set[str]]:
        """Request verbs by meaning: an imperative or 1st person plural anywhere (`rq:`) or opening (`rq0:`),
        an infinitive after a request lead ("hay que anotar", `rq:` too), a verb only named (`nm:`). Returns
        the meanings asked for, those asked for at the opening, and those asked for at the opening by an
        infinitive after a lead («me podría registrar…», «le agradecería anotar…»)."""
        families = self.families
        asking, infinitives, named = families.requests, families.infinitives, families.others
        requests: set[str] = set()
        opening: set[str] = set()
        led: set[str] = set()
        verbs = self.verb_forms.intersection(ctx.words.tokens)
        if not verbs:
            return requests, opening, led
        leads = [len(ctx.norm[:m.start()].split()) for lead in LEADS if ctx.cue(lead)
                 for m in ctx.vocabulary.cue(lead).finditer(ctx.norm)]
        for position, token in enumerate(tokens):
            if token not in verbs or _a_noun(tokens, position, ctx.vocabulary.words):
                continue
            for meaning in asking.get(token, ()):
                requests.add(meaning)
                if position - opened < OPENING:
                    opening.add(meaning)
            for meaning in infinitives.get(token, ()):
                found.add("inf:" + meaning)
                after_lead = any(0 < position - lead <= LEAD_REACH for lead in leads)
                if after_lead or position == 0:
                    requests.add(meaning)
                    if position <= OPENING + 1:
                        opening.add(meaning)
                        if after_lead:
                            led.add(meaning)
            for meaning in named.get(token, ()):
                found.add("nm:" + meaning)
                if any(0 < position - lead <= LEAD_REACH for lead in leads):  # «que quede agendado», «déjalo anotado»
                    requests.add(meaning)
        found.update(["rq:" + meaning for meaning in requests])
        found.update(["rq0:" + meaning for meaning in opening])
        return requests, opening, led

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
        norm = ctx.norm
        if DIGIT.search(norm) if norm.isascii() else any(map(str.isdigit, norm)):
            found.add("digits")
        if len(ctx.words.tokens) >= ROUTED_WORDS and ctx.router.route(ctx.norm, words=ctx.words) is not None:
            found.add("routed")
        return kinds


def _opened(tokens: list[str], openers: Container[str]) -> int:
    """How many words open the message before what it says («y la otra la rechazamos nomás», «oye, esa la
    aceptamos»): a connector or a greeting does not push the request verb out of the opening."""
    return next((position for position, token in enumerate(tokens) if token not in openers), len(tokens))


def _a_noun(tokens: list[str], position: int, words: Mapping[str, Container[str]]) -> bool:
    """A verb's form after an article or a possessive is a noun («la agenda del jueves», «la muestra», «el
    registro»): it asks for nothing. After a clitic the article is a pronoun and the verb stays («me la agenda»)."""
    if position == 0 or tokens[position - 1] not in words["verb_as_noun_after"]:
        return False
    return position == 1 or tokens[position - 2] not in words["clitics"]


def _said_phones(ctx: Context) -> str | None:
    """The message with the phone numbers said in words blanked out, or None when it has none: «nueve siete ocho…»
    is one phone (the `phone` feature), not words that would tell a contact from a complaint dictated with its
    caller's number."""
    norm = ctx.norm
    said = [(start, end) for start, end, _ in ctx.phones if TOKEN.search(norm, start, end)]
    if not said:
        return None
    pieces, last = [], 0
    for start, end in said:
        pieces.append(norm[last:start])
        last = end
    pieces.append(norm[last:])
    return " ".join(pieces)
