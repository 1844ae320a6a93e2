"""Whether a message said while a step waits asks for something else, rather than answering, correcting or
completing what waits.

A new request in the middle is handled on its own (a look-up keeps the step waiting, anything else drops it); an
answer or a correction amends the proposal. These predicates tell the two apart from the parser's reading, the
changes the message would make to the proposal, and the words left over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from bot.dialogue_words import ALSO_WORDS, LEAD_WORDS, PROPOSING, says_also
from bot.held_values import denies_any_held
from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS
from handlers.pointing import pointing_only
from handlers.reply import Pending
from nlu import Parser
from nlu.slots.legal import WHO_SLOTS, WHO_TOLD
from nlu.understanding import Understanding
from storage.folding import fold

NEW_REQUEST = 0.1
"""Confidence (the margin between the two best readings) from which a message that is neither an answer nor a
correction is taken as a new request."""

ROUTED_SLOTS = frozenset({"department"})
"""Slots read from a routing word anywhere in a message: «fono del director de obras» names a unit only by the way."""

NEW_ACTION = 0.5
"""Confidence from which another write request wins over the details it also carries."""

DETAIL_WORDS = frozenset({"se", "llama", "es", "su", "el", "la", "de", "del", "vecino", "vecina", "nombre", "fono",
                          "cel", "celular", "telefono", "correo", "mail", "direccion", "don", "dona", "sr", "sra",
                          "senor", "senora", "lo", "ingreso", "y", "en", "a", "numero"})
"""Words that frame a detail rather than describe a new request."""

WHEN_SLOTS = frozenset({"start", "end", "date", "time"})
"""A query that only moves the proposal's day is a question about that day, not a correction."""

CHANGE_VERBS = frozenset({"update", "move"})

TOLD_BY_ITS_LEAD = frozenset({"applicant"})
"""Slots told by the words that say whose the waiting request is («la pide …», «firma …», `bot.corrected_applicants`):
the message answers the proposal, whatever else its post («gerente de proyectos») may read as."""

QUESTION_OPENING = re.compile(r"^\W*(?:que|q|cual|cuales|cuando|donde|cuantos|cuantas|quien|como|me\s+das|dame|"
                              r"muestrame|ver|hay)\b")



def is_new_request(parser: Parser, understanding: Understanding, pending: Pending, changes: dict[str, Any],
                   text: str) -> bool:
    """A message that asks for something else, rather than correcting or completing the proposal."""
    intent = understanding.intent
    if intent in ("unknown", "help") or understanding.confidence < NEW_REQUEST:
        return False
    if not TOLD_BY_ITS_LEAD.isdisjoint(changes):
        return False
    if changes and denies_any_held(parser, pending.slots, text):
        return False  # «me avisan que no será en el gimnasio: la hacen en la plaza»: the proposal's place denied
    if intent == pending.intent:  # «además reclamó don Luis por un hoyo»: one more, its one word its own
        return _other_content(understanding.slots, pending.slots, changes, 1 if says_also(text) else 2)
    if changes and intent.rpartition(".")[2] in CHANGE_VERBS and (
            "reference" not in understanding.slots or _family(intent) == _family(pending.intent)
            or _explained(str(understanding.slots["reference"]), changes)):
        return False  # «cámbialo a las 18:30», «cambia a jueves 26 y sala de concejo»: «it» is the proposal
    if intent.endswith(".query"):  # «efemérides de diciembre» names a month, but asks for something else
        asks_surely = set(changes) <= WHEN_SLOTS or (set(changes) <= ROUTED_SLOTS
                                                     and understanding.confidence >= NEW_ACTION)
        return not changes or is_question(text) or (asks_surely and says_more(text, understanding))
    if not changes:
        return True  # «su fono es …» read as a new contact says nothing its details do not explain:
    return understanding.confidence >= NEW_ACTION and _other_content(understanding.slots, pending.slots, changes)


def _other_content(new: dict[str, Any], old: dict[str, Any], changes: dict[str, Any], least: int = 2) -> bool:
    """The same kind of request about something else: another title, description, name or organizer, in `least`
    words or more that the details it adds («se llama Pedro Soto, cel …») or the proposal itself («el número de Rosa
    Quezada es …» while Rosa Quezada's complaint waits) do not account for, nor the words that open a correction
    (dictated «no perdón que sea a las once» read as a title «perdón que sea»)."""
    explained = {word for value in (*changes.values(), *old.values()) if isinstance(value, str)
                 for word in fold(value).split()}
    for slot in CONTENT_SLOTS:
        value = new.get(slot)
        if not isinstance(value, str) or fold(value) == fold(str(old.get(slot, ""))):
            continue
        own = [word for word in fold(value).split() if word not in explained and word not in DETAIL_WORDS
               and word not in LEAD_WORDS and word not in ALSO_WORDS]
        if len(own) >= least:
            return True
    return False


def _explained(words: str, changes: dict[str, Any]) -> bool:
    """Every word of `words` is in a changed value: «sala de concejo» read as the record's name is the new place."""
    said = {word for value in changes.values() if isinstance(value, str) for word in fold(value).split()}
    return bool(said) and set(fold(words).split()) <= said


def _family(intent: str) -> str:
    return intent.partition(".")[0]


def is_question(text: str) -> bool:
    return "?" in text or QUESTION_OPENING.match(fold(text)) is not None


def says_more(text: str, understanding: Understanding) -> bool:
    """Words beyond what the parser read as slots («efemérides» in «efemérides de diciembre»); a bare «el viernes»
    says nothing more."""
    return any(word not in LEAD_WORDS for word in _unread(text, understanding.spans.values()).split())


def _unread(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` folded, with what the parser read at `spans` blanked out."""
    kept = list(text)
    for start, end in spans:
        kept[max(start, 0):max(end, 0)] = " " * (max(end, 0) - max(start, 0))
    return fold("".join(kept))


def is_other_action(understanding: Understanding, pending: Pending) -> bool:
    """A clear request of another intent: a look-up («solicitudes de audiencia pendientes» asked for who asks) is
    answered and the question still waits; anything else replaces it."""
    intent = understanding.intent
    return intent not in ("unknown", "help", pending.intent) and understanding.confidence >= NEW_ACTION


def is_other_step(understanding: Understanding, pending: Pending) -> bool:
    """«prorroga la de Godoy» while «¿A qué organismo se deriva?» waits: a clear request of the same intent that
    says another value for what the question's step already holds (another step; its content words, as «con el
    seremi» after «¿cuándo?», only complete it), so a command of its own, never the answer asked for."""
    if understanding.intent != pending.intent or understanding.confidence < NEW_ACTION:
        return False
    return any(slot != pending.slot and slot not in CONTENT_SLOTS and isinstance(value, str)
               and isinstance(pending.slots.get(slot), str)
               and fold(value) != fold(pending.slots[slot]) for slot, value in understanding.slots.items())


def tells_who(pending: Pending, text: str) -> bool:
    """«la pide don Tomás Vidal» while «¿quién pide la audiencia?» waits: the answer told in a sentence, though its
    words alone read as a new complaint."""
    return pending.slot in WHO_SLOTS and WHO_TOLD.match(fold(text)) is not None


def is_look_up(understanding: Understanding, pending: Pending, text: str) -> bool:
    """«¿qué tiene el alcalde el jueves?» while «¿para qué día?» waits: a look-up of its own, though it names a day
    that would fill the typed slot asked for; a bare «el jueves» says nothing besides the value."""
    intent = understanding.intent
    return (intent.endswith(LOOK_UPS) and intent != pending.intent
            and understanding.confidence >= NEW_REQUEST and says_more(text, understanding))


def may_be_aside(understanding: Understanding, changes: dict[str, Any], text: str, answered: bool,
                 today: date) -> bool:
    """«jaja q calor hace hoy», «uf q calor hace hoy, no?»: chatter, or a question that barely reads as a look-up,
    whose only change would be a day. A remark that is no question may be chatter only when it answers nothing
    (`answered`: it opens with no «no», «ok», «hmm no») and the day it names is today: «no, el viernes 27», «es solo
    por este año» correct the proposal. Whether its other words propose the day is `talks_about_the_day`'s to say.
    Cheap, so that the second reading it needs is made only for these."""
    if not is_question(text) and (answered or not _names_only_today(changes, today)):
        return False
    chatter = understanding.intent == "unknown" or (understanding.intent.endswith(".query")
                                                     and understanding.confidence < NEW_ACTION and is_question(text))
    return chatter and bool(changes) and set(changes) <= WHEN_SLOTS


def _names_only_today(changes: dict[str, Any], today: date) -> bool:
    """Whether every day the changes name is today («hoy»)."""
    days = [value.date() if isinstance(value, datetime) else value for value in changes.values()]
    return bool(days) and all(isinstance(day, date) and day == today for day in days)


def talks_about_the_day(text: str, as_pending: Understanding) -> bool:
    """Its words besides the day (`as_pending`: the message read as the pending request) are more than a proposal is
    made of: it talks about the day and proposes nothing. A remark that is no question names a day and no hour
    («jaja q calor hace hoy»); one that says an hour («no era a las 10, es a las 19 hrs») corrects the proposal."""
    if not is_question(text) and any(isinstance(value, datetime) or (slot == "time" and value)
                                      for slot, value in as_pending.slots.items() if slot in WHEN_SLOTS):
        return False
    when = [span for slot, span in as_pending.spans.items() if slot in WHEN_SLOTS]
    return any(word not in LEAD_WORDS and word not in PROPOSING for word in re.findall(r"\w+", _unread(text, when)))


def changes_the_proposal(understanding: Understanding, pending: Pending) -> bool:
    """«no, que la responda la DOM» while a transparency request is proposed: a change of a record of the proposal's
    own kind that names no record is about the proposal, whatever value it carries."""
    intent, slots = understanding.intent, understanding.slots
    return (intent != pending.intent and _family(intent) == _family(pending.intent)
            and intent.rpartition(".")[2] in CHANGE_VERBS and pointing_only(str(slots.get("reference") or ""))
            and not slots.get("ticket"))
