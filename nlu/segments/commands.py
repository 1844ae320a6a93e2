"""Command words, greetings and fillers: what a message says to the bot rather than about the matter.

A request opens a clause (greetings, periphrases and auxiliaries, a request verb, where to put the matter);
courtesies and targets ("en la agenda") stand anywhere. Punctuation said aloud is written as its mark before
(`nlu.dictation`).
"""

from __future__ import annotations

from functools import cache

from nlu.gazetteer import Gazetteer
from nlu.segments.reader import Reader, Span, Token, verb_forms

MAX_LEADS = 4
"""Periphrases and auxiliaries a request verb may come after: "le solicito", "se ha", "me podrías"."""


def find(r: Reader) -> list[Span]:
    """Greetings and fillers that open or close a clause, courtesies anywhere, a request (periphrasis, verb,
    where to put it) opening a clause or after a consequence lead («así que agéndale»), and targets ("en la
    agenda") anywhere."""
    spans: list[Span] = []
    words, tokens, g = r.words, r.tokens, r.gazetteer
    starts = _anywhere(g)
    i = 0
    while i < len(tokens):
        courtesy = target = 0
        if words[i] in starts:
            courtesy = g.courtesies.match(words, i)
            target = g.targets.match(words, i)
        if courtesy or target:
            end = i + (courtesy or target)
            end += g.owners.match(words, end) if target else 0
            spans.append(r.span(i, end))
            i = end
            continue
        if tokens[i].opens or (spans and spans[-1][1] == _previous_end(tokens, i) and not _matter_follows(r, i)):
            end = _request(r, i)
            if end > i:
                spans.append(r.span(i, end))
                i = end
                continue
        lead = g.consequences.match(words, i)
        if lead and (end := _request(r, i + lead)) > i + lead:  # «…, así que agéndale la corrida»
            spans.append(r.span(i, end))
            i = end
            continue
        i += 1
    spans.extend(span for span in _closings(r) if span not in spans)
    return spans


def _matter_follows(r: Reader, i: int) -> bool:
    """The request just read ends in a verb whose object is an action («recuérdame llamar…»): what follows is the
    matter, not a second request."""
    return i > 0 and r.words[i - 1] in verb_forms(r.gazetteer.matter_verbs, frozenset())


@cache
def _anywhere(g: Gazetteer) -> frozenset[str]:
    """The words a courtesy or a target starts with: only at these is either looked up."""
    return g.courtesies.firsts | g.targets.firsts


def _previous_end(tokens: list[Token], i: int) -> int:
    return tokens[i - 1].end if i > 0 else -1


def _request(r: Reader, i: int) -> int:
    """Where the words that open a clause and talk to the bot end: greetings, then periphrases and
    auxiliaries ("le solicito", "se ha", "hay que"), a request verb, and what the verb puts where; `i` if
    none. A periphrasis asks by itself ("necesito el fono"); an auxiliary only before a verb."""
    words, g = r.words, r.gazetteer
    j = i
    while (n := g.greetings.match(words, j) or g.courtesies.match(words, j) or _vocative(r, j)) and not r.atom(j):
        j += n
    if g.name_markers.match(words, j):
        return j  # "se llama Ana Rojas" introduces a name, it asks nothing
    k = asked = j
    for _ in range(MAX_LEADS):
        periphrasis = g.periphrases.match(words, k)
        aux = 0 if periphrasis else g.auxiliaries.match(words, k)
        if periphrasis:
            k = asked = k + periphrasis
        elif aux and _leads_to_verb(r, k + aux, MAX_LEADS):
            k += aux
        else:
            break
    if k < len(words) and not r.tokens[k].atom and r.is_verb(k):
        return _after_verb(r, k + 1)
    target = g.targets.match(words, asked) if asked > j else 0
    if target:
        return asked + target + g.owners.match(words, asked + target)
    return asked


def _vocative(r: Reader, k: int) -> int:
    """How many words at `k` name whom the message is addressed to and close the clause («Sr. Alcalde, …»);
    0 if none: «el alcalde va…» names him as the subject."""
    n = r.gazetteer.addressees.match(r.words, k)
    return n if n and (k + n == len(r.words) or r.tokens[k + n].opens) else 0


def _leads_to_verb(r: Reader, k: int, depth: int) -> bool:
    """A request verb at `k`, maybe past more periphrases and auxiliaries."""
    if k >= len(r.words) or r.tokens[k].atom or depth == 0:
        return False
    if r.is_verb(k):
        return True
    lead = r.gazetteer.periphrases.match(r.words, k) or r.gazetteer.auxiliaries.match(r.words, k)
    return bool(lead) and _leads_to_verb(r, k + lead, depth - 1)


def _after_verb(r: Reader, k: int) -> int:
    """Past a request verb: whom it is said to («agende usted», «anota tú», «… por favor señorita»), a clitic-like
    small word, where to put the matter and whose it is. A post that goes on with «de» names someone else («mandar
    a la jefa de gabinete», «al alcalde de Renca»): it stays."""
    words, g = r.words, r.gazetteer
    for table in (g.addressed, g.targets, g.after_verb, g.addressed, g.targets, g.owners):
        if k < len(words) and not r.tokens[k].opens:
            n = table.match(words, k)
            if n and words[k + n - 1] in g.posts.firsts and k + n < len(words) and words[k + n] in g.of_words:
                continue
            k += n
    return k


def _closings(r: Reader) -> list[Span]:
    """Greetings and thanks closing a clause ("..., gracias", "... porfa", "… dale porfa"); not a name's last word
    ("misa de acción de gracias")."""
    spans: list[Span] = []
    tokens, g = r.tokens, r.gazetteer
    if not r.may(g.greetings):
        return spans
    firsts = g.greetings.firsts
    for i, word in enumerate(r.words):
        if word not in firsts:
            continue
        n = g.greetings.match(r.words, i)
        end = i + n
        closes = _closes_clause(r, end)
        if n and closes and not tokens[i].opens and not tokens[i].atom and r.words[i - 1] not in g.of_words:
            spans.append(r.span(i, end))
    return spans


def _closes_clause(r: Reader, end: int) -> bool:
    """Whether only courtesies and thanks stand between `end` and the clause's end («en la sede vecinal dale porfa»,
    «… ya porfa gracias»)."""
    tokens, g = r.tokens, r.gazetteer
    while end < len(tokens) and not tokens[end].opens and \
            (n := g.courtesies.match(r.words, end) or g.greetings.match(r.words, end)):
        end += n
    return end == len(tokens) or tokens[end].opens
