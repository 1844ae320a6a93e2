"""Which capability a command about a stored record belongs to, when its words alone leave it open.

«recházelo», «ciérrelo», «pasa el saludo al viernes»: several capabilities can change, cancel or answer
a record, and the scorer picks one from the words only. What the words do not know decides:
- a command that names no record (a pronoun) is about the record in focus, so the focus' kind selects,
  among the readings whose capability acts on that kind (`Capability.acts_on`), one that carries what
  that command needs («recházelo» with a complaint in focus: its status «rechazado»); one that names its
  record by its place in the last list («rechaza la segunda» after audience requests) is about that
  list's kind, and its reading is given that place as its record;
- a command whose name finds no record of the winning kind («saludo» is no efeméride) is read as its
  rivals of the same action, and of the action its verb means (`[verbs]` of the lexicon: «suspende»,
  «cancela», «quita» remove; «cambia», «pasa» change), and one whose records the name finds wins
  («suspende el saludo» cancels the activity «saludo al comité», whatever the scorer leaned to).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

from bot.dialogue_words import ALL_OF_THEM, CLAUSES, clause_openers
from bot.picking import pick
from handlers.focus import Focus
from handlers.pointing import OTHER, place, pointing_only
from handlers.registry import Registry
from handlers.reply import PendingKind, Reply
from nlu import Parser
from nlu.morphology import Families
from nlu.understanding import Understanding
from storage.folding import fold

RECORD_SLOTS = ("reference", "ticket")
"""The slots that name the record a command is about."""
FORMED_SLOTS = ("phone", "email")
"""Slots whose values are found by their form (digits, an @), never misread from ordinary words."""
POINTING_CLITICS = ("la", "lo", "las", "los")
"""Pronouns a verb carries for the record («acéptela», «ciérralo»)."""
PLURAL_CLITICS = ("las", "los")
ARTICLES = ("el", *POINTING_CLITICS)
"""Articles before a record's name at the start of a command («la reunión con Secplan, cancélala»)."""
ACTIONS = ({"update", "move", "note"}, {"cancel", "delete"}, {"respond", "answer"})
"""Intents of one action (changing, removing, answering) compete for a name that only one kind's records hold."""
RESPOND = ACTIONS.index({"respond", "answer"})
"""The action (of `ACTIONS`) of answering (an invitation, or a guest of a ceremony: «el capitán confirmó»): «el alcalde
acepta» names nothing and answers the record in focus."""
VERB_ACTIONS = {"change": 0, "remove": 1}
"""Request-verb meanings of the lexicon and the action (of `ACTIONS`) a command with that verb asks for."""
CALLED_OFF = "called_off"
"""The cue of an occasion told as called off by whoever holds it («se cayó», «sin fecha», «hasta nuevo aviso»)."""
ADDRESSED = ("mos", "s")
"""Endings of a verb form that speaks to the bot or includes the speaker («aceptamos», «cierras»)."""
PARTICIPLES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
"""Endings of a participle, which describes a state («aceptadas», «cerrado»)."""
PLACE = re.compile(r"(?<![\w])(?<!\ba\s)(?:el|la)\s+(?:(?:n|no|nro|numero)\W{0,2})?"
                   r"(?:(\d{1,2})(?![\w:])(?!\s*(?:hrs?|horas?|y media|y cuarto|de)\b)|([a-z]+)\b)")
"""«la segunda», «el 2», «la n° 3», «la última» in a command: an item of the last list, by its place («a la 1» is
an hour)."""
WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+")
"""A word as written, capitals kept."""
OF_SOMEONE = re.compile(r"(?<![\w])(?:la|el)\s+de(?:l)?\s+([a-z]{3,})")
"""«la de Errázuriz», «el del Rotary»: a listed item named by whose it is."""


def named(understanding: Understanding) -> str:
    """The words the command uses to name its record («el saludo», «el reclamo 12»), or empty for a pronoun."""
    words = " ".join(str(understanding.slots[slot]) for slot in RECORD_SLOTS if understanding.slots.get(slot))
    return "" if pointing_only(words) else words


def by_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
             now: datetime) -> Understanding | None:
    """The command read by a capability that acts on the record it points at (a pronoun: the record in focus; a
    place: that item of the last list), when the winner acts on another kind."""
    kind = registry.acts_on.get(understanding.intent)
    shown = _kind_shown(focus, named(understanding)) if kind else None
    if shown is not None and shown != kind:  # «cambia la del aniversario al 21» after a list of efemérides
        reading = _named_as(parser, registry, text, understanding, now, shown)
        if reading is not None:
            return reading
    target, place = _pointed(parser, focus, text, understanding) if kind else _listed_by_name(focus, text)
    if kind is not None and target == kind and place and fold(place) not in fold(named(understanding)):
        return _at_place(understanding, place)  # «rechace la segunda, tiene concejo ese día»: the place names it
    if target is None or target == kind:
        return None
    for intent in _ranked(registry, understanding, lambda other: registry.acts_on[other] == target):
        reading = parser.parse_as(text, now, intent)
        if place:
            reading = _at_place(reading, place)
        elif named(reading):
            continue
        if _carries(parser, intent, reading, understanding):
            return reading
    return None


def _kind_shown(focus: Focus, words: str) -> str | None:
    """The kind of the records in focus (the last list, then those shown or stored) whose labels hold the words a
    command names its record by, when they are of one kind: «la del aniversario» right after efemérides."""
    if not words:
        return None
    for refs in (focus.listed, tuple(reversed(focus.records))):
        kinds = {refs[index].entity for index in pick(words, tuple(ref.label for ref in refs), len(refs))}
        if len(kinds) == 1:
            return kinds.pop()
    return None


def _named_as(parser: Parser, registry: Registry, text: str, understanding: Understanding, now: datetime,
              kind: str) -> Understanding | None:
    """The command read by the capability of the winner's action that acts on `kind`, naming its record in words."""
    action = _action(understanding.intent)
    for intent in _ranked(registry, understanding, lambda other: registry.acts_on[other] == kind
                          and _action(other) == action):
        reading = parser.parse_as(text, now, intent)
        if named(reading) and _carries(parser, intent, reading, understanding):
            return reading
    return None


def by_pronoun(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
               now: datetime, any_action: bool = False) -> Iterator[Understanding]:
    """«ya no trabaja en el municipio, elimínela», «acéptela para mañana a las 16 en el despacho»: a verb that
    carries the record as a pronoun, when the words its reading took for a name find nothing, is about the record
    in focus, and so is an answer that names nothing («el alcalde acepta; que sea el martes a las 15»); read by
    each capability acting on that kind, the name left out, when it carries what the command needs or the verb
    means that capability's action (with `any_action`, whatever its action: a creation that names nothing new,
    «agéndala para el martes», is about the record in focus when that record's capability reads it)."""
    last = focus.last()
    answers_unnamed = not named(understanding) and _action(understanding.intent) == RESPOND
    if last is None or not (clitic_verb(parser, text) or answers_unnamed) or _named_first(parser, text) \
            or _named_by_name(parser, text, understanding):
        return
    said = verb_actions(parser, text)
    own = [understanding.intent] if registry.acts_on.get(understanding.intent) == last.entity else []
    for intent in own + _ranked(registry, understanding, lambda other: registry.acts_on[other] == last.entity):
        reading = _at_place(parser.parse_as(text, now, intent), "")
        same_action = not said and _action(intent) == _action(understanding.intent)
        carried = (any_action or same_action) and _carries(parser, intent, reading, understanding)
        if _action(intent) in said or carried:
            yield reading  # of the action the verb or the winner means: «pásala …» changes, never cancels


def _at_place(reading: Understanding, place: str) -> Understanding:
    """The reading about the item of the last list at `place` («la segunda»), or about the record in focus when no
    place is given, whatever else its words named."""
    slots = {slot: value for slot, value in reading.slots.items() if slot not in RECORD_SLOTS}
    return replace(reading, slots={**slots, "reference": place} if place else slots,
                   missing=tuple(slot for slot in reading.missing if slot not in RECORD_SLOTS))


def _pointed(parser: Parser, focus: Focus, text: str, understanding: Understanding) -> tuple[str | None, str]:
    """The kind of record the command points at, and the words of its place in the last list when it names one; a
    verb carrying the record as a pronoun («acéptela para mañana a las 16») points at the focus whatever words the
    winner took for a name (a reading of the focus' kind that names a record of its own is still not taken), and so
    does a «name» that is that verb alone («deniéguela» misread as whom to answer)."""
    said = named(understanding)
    if not said or clitic_verb(parser, said) or (clitic_verb(parser, text) and not list_place(text, len(focus.listed))
                                                 and not _named_before_pronoun(parser, text, understanding)):
        last = focus.last()
        return (last.entity if last else None), ""
    place = list_place(text, len(focus.listed))
    return (focus.listed[0].entity, place) if place else (None, "")


def _listed_by_name(focus: Focus, text: str) -> tuple[str | None, str]:
    """«agenda la de Errázuriz para el miércoles» right after a list: the one listed item whose label holds the word
    after «la de», and those words, when the command's own kind acts on no record (an activity to create)."""
    for found in OF_SOMEONE.finditer(fold(text)):
        picked = pick(found.group(1), tuple(ref.label for ref in focus.listed), len(focus.listed))
        if len(picked) == 1:
            return focus.listed[picked[0]].entity, found.group(1)
    return None, ""


def _named_before_pronoun(parser: Parser, text: str, understanding: Understanding) -> bool:
    """The record is named before the verb that carries it as a pronoun: after a record lead («la de los huasos,
    recházala»), or by the reading's own name opening the message («la reu con secplan se suspende, cancélala»)."""
    return bool(name_before_verb(parser, text)) or _opens_with_name(parser, text, understanding)


def _opens_with_name(parser: Parser, text: str, understanding: Understanding) -> bool:
    """«la reu con secplan se suspende, cancélala»: the reading's name of its record opens the message (after an
    article or an opener at most), so the verb's pronoun repeats that name rather than pointing at the focus."""
    span = next((understanding.spans[slot] for slot in RECORD_SLOTS if slot in understanding.spans), None)
    openers = clause_openers(parser.vocabulary)
    return span is not None and all(word in openers or word in ARTICLES for word in fold(text[:span[0]]).split())


def list_place(text: str, count: int) -> str:
    """«la segunda», «el 2», «la última» when the text names an item of a list of `count` by its place, else empty."""
    for found in PLACE.finditer(fold(text)):
        said = found.group(1) or found.group(2)
        position = int(said) - 1 if said.isdigit() else place(said, count)
        if position is not None and 0 <= position < count:
            return found.group(0)
    return ""


def rivals(parser: Parser, registry: Registry, text: str, understanding: Understanding,
           now: datetime) -> Iterator[Understanding]:
    """The same command read by the other capabilities of its action and of the action its verb means (that one
    first), each naming its record in words."""
    intent = understanding.intent
    said = verb_actions(parser, text)
    actions = said | ({action} if (action := _action(intent)) is not None else set())
    if (intent not in registry.acts_on and intent != "unknown" and not said) or not actions:
        return
    candidates = _ranked(registry, understanding, lambda candidate: _action(candidate) in actions)
    for other in sorted(candidates, key=lambda candidate: _action(candidate) not in said):
        if not _holds(parser, other, understanding):
            continue
        reading = parser.parse_as(text, now, other)
        if named(reading) and not clitic_verb(parser, named(reading)):  # a name holds no «derívalo»: misread
            yield reading


def by_verb(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
            now: datetime) -> Iterator[Understanding]:
    """«la de la señora Ñancupil se deriva a Carabineros» right after transparency requests, read by the scorer as
    a new complaint: a verb of a capability that acts on the kind in focus (in any form: «se deriva», «derívela»)
    and a record named read that capability's way; the caller keeps the reading whose name finds its record."""
    last = focus.last()
    if last is None or registry.acts_on.get(understanding.intent) == last.entity:
        return
    yield from _by_own_verb(parser, registry, text, understanding, now, {last.entity})


def by_verb_anywhere(parser: Parser, registry: Registry, text: str, understanding: Understanding,
                     now: datetime) -> Iterator[Understanding]:
    """«la de marcelo pinto se derivó a la Superintendencia …», «a la de Rojas se le amplió el plazo», read as
    nothing: a step told in the past with its capability's own verb and a record named is that capability's change
    of the record, whatever is in focus; the caller keeps the reading whose name finds its record."""
    if understanding.intent != "unknown":
        return
    yield from _by_own_verb(parser, registry, text, understanding, now, set(registry.acts_on.values()), told=True)


def _by_own_verb(parser: Parser, registry: Registry, text: str, understanding: Understanding, now: datetime,
                 kinds: set[str], told: bool = False) -> Iterator[Understanding]:
    """The message read by each capability whose verb it says (in any form, or only as told done: `told`, since
    an order such as «corrígela» or «la envía …» names no step taken) and that acts on one of `kinds`, where that
    reading names a record."""
    families = _families(parser)
    said = _words(parser, text)
    meanings = {meaning for word in said for meaning in families.named(word) | (
        set() if told else families.request(word) | families.infinitive(word))}
    own = next((set(capability.verbs) for capability in parser.declarations.capabilities
                if understanding.intent in {spec.name for spec in capability.intents}), set())
    if said and families.request(said[0]) & own:
        return  # «agenda ceremonia de cambio de mando …» opens with its own command: «cambio» is in its title
    asked = verb_actions(parser, text)  # «anule la invitación …» removes it, never changes it
    for capability in parser.declarations.capabilities:
        if not meanings & set(capability.verbs):
            continue
        for intent in (spec.name for spec in capability.intents):
            if asked and _action(intent) not in asked:
                continue
            if registry.acts_on.get(intent) in kinds and intent != understanding.intent:
                reading = parser.parse_as(text, now, intent)
                if named(reading):
                    yield reading


def own_verb_on_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
                      now: datetime) -> Iterator[Understanding]:
    """«entréguela», «ya se entregó», «respóndala» read as nothing right after a transparency request was stored or
    shown: a verb (in any form) of a capability that acts on the record in focus, naming no record, is that
    capability's command on it, when its reading carries what the command needs."""
    last = focus.last()
    if last is None or understanding.intent != "unknown":
        return
    families = _families(parser)
    meanings = {meaning for word in _words(parser, text)
                for meaning in families.request(word) | families.infinitive(word) | families.named(word)}
    for capability in parser.declarations.capabilities:
        if not meanings & set(capability.verbs):
            continue
        for intent in (spec.name for spec in capability.intents):
            reading = parser.parse_as(text, now, intent) if registry.acts_on.get(intent) == last.entity else None
            if reading is not None and not named(reading) and _carries(parser, intent, reading, understanding):
                yield _at_place(reading, "")


def answered_in_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
                      now: datetime) -> Iterator[Understanding]:
    """«el capitán Saavedra confirmó asistencia» right after a ceremony, read as an invitation's answer that finds no
    invitation: an answer about the record in focus of another kind (a guest's, to a ceremony), when that kind's
    answer reads the message whole."""
    last = focus.last()
    if last is None or _action(understanding.intent) != RESPOND or registry.acts_on.get(
            understanding.intent) == last.entity:
        return
    for intent in _ranked(registry, understanding, lambda other: registry.acts_on[other] == last.entity
                          and _action(other) == RESPOND):
        reading = parser.parse_as(text, now, intent)
        if not reading.missing:
            yield reading


def on_kinds_in_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
                     now: datetime) -> Iterator[Understanding]:
    """«invita al capitán Saavedra al izamiento» right after a ceremony and a contact were stored, read by the scorer
    as a new invitation lacking its day: the scorer's other readings that act on a kind of record in focus, whole
    (nothing they require missing) and naming their record, in its order; the caller keeps one that finds it."""
    kinds = {ref.entity for ref in focus.records}
    for intent, _ in understanding.alternatives:
        if intent == understanding.intent or registry.acts_on.get(intent) not in kinds:
            continue
        reading = parser.parse_as(text, now, intent)
        if named(reading) and not reading.missing:
            yield reading


def verb_actions(parser: Parser, text: str) -> set[int]:
    """The actions the message's request verbs mean: «suspende», «se suspende», «quítalo» remove; so does an occasion
    told as called off, whatever verb stands beside («se cayó», «lo postergaron sin fecha»: no change asked)."""
    families = _families(parser)
    said = {VERB_ACTIONS[meaning] for word in _words(parser, text)
            for meaning in families.request(word) | families.infinitive(word) | families.named(word)
            if meaning in VERB_ACTIONS}
    if parser.vocabulary.cue(CALLED_OFF).found(fold(text)):
        return (said - {VERB_ACTIONS["change"]}) | {VERB_ACTIONS["remove"]}
    return said


def does(parser: Parser, intent: str, word: str) -> bool:
    """`word` is a request verb of the action `intent` performs: «bórralo» for a removal, «cámbiala» for a change."""
    action = intent.rpartition(".")[2]
    return any(action in ACTIONS[index] for index in verb_actions(parser, word))


def asks(parser: Parser, text: str) -> bool:
    """The message holds a verb in a form that asks («confírmela», «acéptala»), not one that tells («confirmo»)."""
    families = _families(parser)
    return any(families.request(word) for word in _words(parser, text))


def asks_for(parser: Parser, word: str, meaning: str) -> bool:
    """`word` asks by itself for what the verbs of `meaning` do («agrégaselo», «súmale» for a note's verbs)."""
    return meaning in _families(parser).request(parser.normalize.rewrite(word))


def describes_only(parser: Parser, text: str) -> bool:
    """No verb of the message asks for anything: none in a form that requests or an infinitive, and none addressed
    to the bot or including the speaker («¿la aceptas?», «¿la rechazamos?»); «va», «se rechazó» or «aceptada» only
    describe."""
    families = _families(parser)
    for word in _words(parser, text):
        if families.request(word) or families.infinitive(word):
            return False
        if families.named(word) and word.endswith(ADDRESSED) and not word.endswith(PARTICIPLES):
            return False
    return True


def asks_itself(parser: Parser, text: str) -> bool:
    """The clause holds a verb that asks for something of its own: one in a form that requests, one addressed to the
    bot or including the speaker («la declinamos»), or an infinitive that opens it («rechazar la del Rotary»). Not a
    verb after «se», which tells («se llama Rocío», «se requiere»), nor a capitalised word past the first, which is
    a name («la Toma del Morro»), nor an infinitive inside a report («solicitan confirmar antes del 20»)."""
    families, openers = _families(parser), clause_openers(parser.vocabulary)
    said = [word for word in re.findall(r"[^\W\d_]+", text) if fold(word) not in openers]
    for position, word in enumerate(said):
        folded = parser.normalize.rewrite(fold(word))
        if position and (word[0].isupper() or fold(said[position - 1]) == "se"):
            continue
        if families.request(folded) or (position == 0 and families.infinitive(folded)) or (
                families.named(folded) and folded.endswith(ADDRESSED) and not folded.endswith(PARTICIPLES)):
            return True
    return False


def clitic_verb(parser: Parser, text: str, clitics: tuple[str, ...] = POINTING_CLITICS) -> bool:
    """A verb that carries the record as a pronoun («acéptela para mañana a las 16»): the record is the one in
    focus, whatever words the reading took for its name."""
    families = _families(parser)
    return any(families.request(word) and families.request(word[:-len(clitic)])
               for word in _words(parser, text) for clitic in clitics if word.endswith(clitic))


def says_all(parser: Parser, text: str) -> bool:
    """«Sí, guarde las dos, por favor», «ambas», «guárdalas»: an answer meant for every proposal waiting."""
    return ALL_OF_THEM.search(fold(text)) is not None or clitic_verb(parser, text, PLURAL_CLITICS)


def _named_first(parser: Parser, text: str) -> bool:
    """«el de los perros, derívalo», «la de Dichato ciérrala»: the record named by whose or what it is before the
    verb, whose pronoun only repeats that name; when the name finds nothing, the one in focus is not meant either."""
    leads = parser.vocabulary.slot("record_leads")
    return leads.at_start(fold(text).lstrip(" ¿¡")) is not None or bool(name_before_verb(parser, text))


def _named_by_name(parser: Parser, text: str, understanding: Understanding) -> bool:
    """«el nuevo cargo de don Luis Rojas es administrador municipal, cámbialo», «María Pérez fue nombrada seremi,
    actualícela»: the reading names its record with a name in capitals (past the message's first word, which any
    sentence capitalises) before the verb that carries it as a pronoun, which only repeats that name; when the name
    finds nothing, the one in focus is not meant either."""
    span = understanding.spans.get("reference")
    verb = next((word.start() for word in WORD.finditer(text) if clitic_verb(parser, word.group())), None)
    if span is None or verb is None or span[1] > verb:
        return False
    return any(word.group()[0].isupper() for word in WORD.finditer(text, max(span[0], 1), span[1]))


def named_before_verb(parser: Parser, text: str, understanding: Understanding, now: datetime) -> Understanding | None:
    """The command naming its record by the words a record lead opens before its verb («la de los huasos,
    recházala, ese día tiene concejo»), whatever clause the reading took for the name; None when no such words
    come first or the reading names nothing, or when they name only a day («la de mañana cámbiala a las 7»), which
    the reading holds as the day naming its record."""
    name = name_before_verb(parser, text)
    if not name or "reference" not in parser.intents[understanding.intent].slots:
        return None
    lead = parser.vocabulary.slot("record_leads").at_start(name)
    if lead is not None and parser.only_day(name[lead.end():], now):
        return None
    said = fold(str(understanding.slots.get("reference") or ""))
    if said and said in name:
        return understanding
    return replace(understanding, slots={**understanding.slots, "reference": name},
                   missing=tuple(slot for slot in understanding.missing if slot != "reference"))


def name_before_verb(parser: Parser, text: str) -> str:
    """«no puede ir, la de los huasos recházala», «y la del club, recházala: tiene concejo»: the words a record lead
    opens in the clause that ends at a verb carrying the record as a pronoun (or right before it), which name that
    record whatever else the message says; empty when no clause does."""
    leads = parser.vocabulary.slot("record_leads")
    clauses = [_words(parser, clause) for clause in CLAUSES.split(fold(text))]
    openers = clause_openers(parser.vocabulary)
    for index, said in enumerate(clauses):
        start = next((at for at, word in enumerate(said) if word not in openers), len(said))
        following = clauses[index + 1] if index + 1 < len(clauses) else []
        if leads.at_start(" ".join(said[start:])) is None and not set(said[start + 1:start + 2]) & OTHER:
            start = _lead_inside(leads, said, start)
            if start is None:
                continue  # «la de los huasos, recházala», «se suspende lo de Queule, sácala», «y la otra recházala»
        verb = next((at for at in range(start + 1, len(said)) if _repeats_record(parser, said[at:])), None)
        if verb is None and _repeats_record(parser, following):
            verb = len(said)
        if verb is not None:
            return " ".join(said[start:verb])
    return ""


def _lead_inside(leads: Any, said: list[str], start: int) -> int | None:
    """Where a record lead opens the rest of a clause after its own verb («se suspende lo de Queule»), so that a
    pronoun after it («sácala») repeats what it names; None when no lead does."""
    return next((at for at in range(start + 1, len(said)) if leads.at_start(" ".join(said[at:])) is not None), None)


def _repeats_record(parser: Parser, words: list[str]) -> bool:
    """The words open with a verb that carries the record as a pronoun, joined («recházala») or before it («la
    rechazas», «lo cierras»); an article before a participle is a noun («la armada», «lo acordado»)."""
    if words and clitic_verb(parser, words[0]):
        return True
    families = _families(parser)
    return len(words) > 1 and words[0] in POINTING_CLITICS and not words[1].endswith(PARTICIPLES) \
        and bool(families.request(words[1]) or families.named(words[1]))


def _words(parser: Parser, text: str) -> list[str]:
    """The message's words as the parser spells them: chat spelling and one-letter typos of keywords mended
    («rechasala» is «rechazala»)."""
    return [parser.normalize.rewrite(word) for word in re.findall(r"[a-zñ]+", fold(text))]


def _families(parser: Parser) -> Families:
    """The request verbs of the language and of every capability, by meaning, with their generated forms."""
    lemmas = {**parser.verbs, **parser.declarations.verbs()}
    return _built(tuple((meaning, tuple(words)) for meaning, words in sorted(lemmas.items())))


@cache
def _built(lemmas: tuple[tuple[str, tuple[str, ...]], ...]) -> Families:
    return Families({meaning: list(words) for meaning, words in lemmas})


def finds(reply: Reply, intent: str) -> bool:
    """The handler found the record (one to confirm a change on, several to choose from, or the one it asks a missing
    detail about, which its question's slots name by number, or the one whose change it refused, saying why)."""
    pending = reply.pending
    return reply.refused or (pending is not None and pending.intent == intent and (
        pending.kind in (PendingKind.CONFIRM, PendingKind.CHOOSE)
        or any(slot.endswith("_id") and value for slot, value in pending.slots.items())))


def _carries(parser: Parser, intent: str, reading: Understanding, understanding: Understanding) -> bool:
    """The reading has every required detail besides the record, and evidence of its own: a detail it read, or
    a probability of its own in the scorer's ranking."""
    spec = parser.intents[intent]
    needed = [slot for slot in spec.required if slot not in RECORD_SLOTS]
    if any(reading.slots.get(slot) in (None, "") for slot in needed):
        return False
    own = [slot for slot, value in reading.slots.items() if slot not in RECORD_SLOTS and value not in (None, "")]
    return bool(own) or any(name == intent and p > 0 for name, p in understanding.alternatives)


def _holds(parser: Parser, intent: str, understanding: Understanding) -> bool:
    """Whether `intent` has a place for every value the winning reading found by its form: «Pedro Soto cambió su
    teléfono, ahora es 9 1234 5678» brings a phone no efeméride holds, so finding no contact Pedro Soto makes it no
    change of the efeméride «San Pedro y San Pablo». Values read from words may be misread and do not count
    («porfa» read as an efeméride's greeting)."""
    read = {slot for slot in FORMED_SLOTS if understanding.slots.get(slot) not in (None, "")}
    return read <= set(parser.intents[intent].slots)


def _ranked(registry: Registry, understanding: Understanding, wanted: Any) -> list[str]:
    """Record-acting intents other than the winner that `wanted` keeps: those of the winner's action first, and
    among them those the scorer ranked first, in its order, then the rest in declaration order."""
    ranked = [name for name, _ in understanding.alternatives]
    action = _action(understanding.intent)
    others = [name for name in registry.acts_on if name != understanding.intent and wanted(name)]
    return sorted(others, key=lambda name: (action is not None and _action(name) != action,
                                            ranked.index(name) if name in ranked else len(ranked)))


def _action(intent: str) -> int | None:
    verb = intent.rpartition(".")[2]
    return next((index for index, group in enumerate(ACTIONS) if verb in group), None)
