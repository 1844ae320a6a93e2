"""A correction with no verb right after a record was stored: «misma hora pero el viernes», «mejor a las 11»,
«no, en el salón».

Said while the proposal waited, such words amend it; said a moment after «sí», they mean the same thing about the
record just stored, which is no longer a proposal. They are read as its change (a preview to confirm, audited and
undoable like any other), instead of «No entendí». A detail told as the record's own («y su correo es …,
agréguelo») is that record's change too, whatever look-up its words lean to; so are the resident's details told
about a complaint in focus («su número es el 9 6543 2109», «la dirección es Los Aromos 45»), which alone read like a
contact's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.corrected_days import in_its_month
from bot.corrected_parties import hosted_record
from bot.corrections import amendments
from bot.dialogue_words import (
    ADDRESS_NOUNS,
    APOLOGIES,
    CORRECTION_HEADS,
    COURTESY,
    DETAIL_ADDING,
    HOLDING_VERBS,
    INTERJECTIONS,
    RENAME_VERBS,
    REPORTED_CHANGES,
    RESIDENT_CHANGED,
    WRONG_FIELD_WORDS,
)
from bot.meanwhile import LOOK_UPS
from bot.person_named import without_relative_clauses
from bot.picking import pick
from bot.reasons import up_to_the_place, without_reason
from bot.record_readings import asks_for
from bot.resident_fixes import fixed_detail, unspelled
from handlers.focus import Focus
from handlers.registry import Registry
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold, fold_letters

CHANGES = {"event": "event.update", "invitation": "invitation.update", "efemeride": "efemeride.update"}
"""The change of each kind of record that a bare correction can be about."""
ID_SLOTS = {"event": "event_id", "invitation": "invitation_id", "efemeride": "efemeride_id"}
"""The slot of each change that names its record by number, when the correction names an earlier one."""
REPORTER_DETAILS = {"complaint": ("complaint.details", "complaint.create")}
"""The change that sets who reported a record of each kind, and the proposal whose details it reads as."""
ADDED_BY = {"complaint": ("complaint.note", "complaint_note")}
"""The note of each kind of record, and the meaning of its verbs: a note that only holds who reported the record, how
to call them or where they live («el fono es 9 8765 4321, agrégaselo al reclamo») sets those details instead."""
NOTES = {note: entity for entity, (note, _) in ADDED_BY.items()}
REPORTER_SLOTS = frozenset({"citizen", "phone", "email", "address"})
DETAIL_FRAMING = frozenset({"su", "sus", "numero", "fono", "telefono", "tel", "cel", "celular", "whatsapp", "wsp",
                            "movil", "contacto", "correo", "mail", "email", "electronico", "direccion", "domicilio",
                            "vive", "vecina", "vecino", "senora", "senor", "don", "dona", "sra", "sr", "llama",
                            "nombre", "es", "son", "el", "la", "de", "del", "en", "y", "se", "que", "q", "ah", "ojo",
                            "perdon", "pasaje", "calle", "avenida", "al", "a", "anota", "anote", "agrega", "agregue",
                            "registra", "registre", "pon", "ponga", "no", "esta", "mal", "reclamo", "caso", "ticket",
                            "queja", "mala", "malo", "ahora", "x", "va"}) | COURTESY | INTERJECTIONS \
    | CORRECTION_HEADS | RENAME_VERBS | APOLOGIES | WRONG_FIELD_WORDS | RESIDENT_CHANGED
"""Words around a resident's detail («su número es el …», «el fono de la vecina es …», «vive en …», «anote el mail de
la vecina: …»), also when it corrects the one held («corrija la dirección: es …, no 1020», «ojo, la dirección está
mal: es …», «se equivocaron en la dirección, va …»)."""
CORRECTED = frozenset({"date", "time", "place"})
"""What a verb-less correction changes: when and where; a name or a title needs words that say so."""
TYPED_DETAILS = ("phone", "email")
"""Typed details a record may be given after it was stored."""
NAMED_DETAILS = frozenset({"role", "institution"})
"""Details a record takes in the same message as a typed one, when their field is named («y el cargo es …»)."""
POSSESSIVE = re.compile(r"\bsus?\s+(?:nuevo\s+|otro\s+)?[a-z]+"
                        r"|\b(?:el|la)\s+(?:nuevo\s+|otro\s+)?[a-z]+(?=\s+(?:es|seria)\b)")
"""«su correo», «su nuevo celular», «el correo es …»: a detail said to belong to someone already spoken of (folded
text)."""
FRAMING = frozenset({"no", "mejor", "mismo", "misma", "hora", "horario", "lugar", "sitio", "dia", "fecha", "pero",
                     "era", "es", "sera", "seria", "sino", "a", "al", "las", "los", "la", "el", "en", "de", "y",
                     "perdon", "perdona", "ojo", "ahora", "entonces", "mas", "bien", "ya", "ok", "siempre", "que",
                     "hrs", "hr", "horas", "se", "para", "lo", "sea", "tambien", "son", "ser", "final", "q"}) \
    | COURTESY | INTERJECTIONS | REPORTED_CHANGES | CORRECTION_HEADS | APOLOGIES | HOLDING_VERBS | RENAME_VERBS
"""Words that frame a correction around its new values («misma hora pero …», «ah no, era …», «se atrasa, que sea
9:30», «lo movieron al viernes»); a message with any other word («estuvo bonita la ceremonia en el salón», «el
viernes tengo dentista a las 11») says something else."""


def change_of_stored(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """The change of the record in focus that `text` names, when it only names a new day, hour or place; or of an
    earlier record in focus, or of one of the list last shown, that its other words name («no, la reu a las 11» after
    a complaint was stored since, «la del club quedó para el jueves» after the agenda was shown)."""
    last = focus.last()
    text = without_reason(text)  # «mejor hágalo en el salón de honor, va a llover»: the place only
    for ref in reversed(tuple(dict.fromkeys((*focus.listed, *focus.records)))):  # «la del club» of a list shown
        intent = CHANGES.get(ref.entity)
        changes = amendments(parser, intent, {}, text, now) if intent else {}
        if not changes or not set(changes) <= CORRECTED:
            continue
        said = up_to_the_place(parser.vocabulary, text, changes["place"]) if "place" in changes else text
        left = _unframed(parser, intent, said, changes, now)
        changes = in_its_month(parser, intent, changes, text)  # «perdón, era el 8» of a yearly efeméride
        if not left and ref == last:
            return Understanding(intent, slots=changes)
        if left and pick(" ".join(left), (ref.label,), 1) == [0]:
            return Understanding(intent, slots={**changes, ID_SLOTS[ref.entity]: ref.id})
    return None


def resident_fix(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """The resident's name, surname or house number corrected, when the record in focus keeps who reported it: read
    before a record told again, since «corrige el nombre de la vecina: es …» opens as a correction too."""
    last = focus.last()
    return fixed_detail(parser, text, now) if last is not None and last.entity in REPORTER_DETAILS else None


def detail_of_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
                    now: datetime) -> Understanding | None:
    """A detail told about the record in focus, as that record's change: who reported a complaint, how to call them
    or where they live («su número es el 9 6543 2109», «la dirección es Los Aromos 45»), when the message asks for
    nothing about that kind of record; or a typed detail of its own («Ah, y su correo es hsandoval@hchm.cl, por
    favor agréguelo» right after a contact was stored or shown)."""
    last = focus.last()
    ticket = understanding.slots.get("ticket") if understanding.intent in NOTES else None
    if ticket:  # «agrega el fono 9 6123 4455 al reclamo R-2026-0001»: that one, whatever is in focus
        return _reporter_details(parser, NOTES[understanding.intent], text, now, {"ticket": ticket})
    numbered = _numbered_details(parser, text, now)
    if numbered is not None:  # «corrija la dirección del reclamo 1: es …», whatever the words leaned to
        return numbered
    if last is None:
        return None
    fixed = resident_fix(parser, focus, text, now)
    if fixed is not None:  # «el apellido es Quintriqueo, no Quintrikeo», «era mil doscientos treinta y dos…»
        return fixed
    text = unspelled(text)  # «es José Quintriqueo con i»: the name, not a remark about it
    noting = ADDED_BY.get(last.entity, ("", ""))[0]
    reporter = _reporter_details(parser, last.entity, text, now) \
        if registry.acts_on.get(understanding.intent) != last.entity or understanding.intent == noting else None
    return reporter or _typed_detail(parser, registry, last.entity, text, understanding, now)


def _numbered_details(parser: Parser, text: str, now: datetime) -> Understanding | None:
    """A resident's detail told of a record named by its number («cámbiele el fono al reclamo 3: 9 8765 4321»), read
    by the record's note, whose words find its number: alone, the words lean to a contact's or an efeméride's change."""
    for note, entity in NOTES.items():
        reading = parser.parse_as(text, now, note)
        ticket, span = reading.slots.get("ticket"), reading.spans.get("ticket")
        detail = _reporter_details(parser, entity, _unnumbered(parser, text, span), now, {"ticket": ticket}) \
            if ticket and span else None
        if detail is not None:
            return detail
    return None


def _unnumbered(parser: Parser, text: str, span: tuple[int, int]) -> str:
    """`text` without the record's number and the noun it follows («del reclamo 1»), lest the resident's address be
    read in them («al reclamo 3» is no street)."""
    start, end = span
    before = fold_letters(text[:start])
    leads = [lead for lead in parser.vocabulary.slot("numbered_record").finditer(before)
             if not before[lead.end():].strip(" .:#°º")]
    cut = leads[-1].start() if leads else start
    return f"{text[:cut]} {text[end:]}"


def _reporter_details(parser: Parser, entity: str, text: str, now: datetime,
                      named: dict[str, str] | None = None) -> Understanding | None:
    """Who reported the record, how to call them or where they live, set on it, when the message says nothing
    else (alone, such words read like a contact's) but, perhaps, to add them («súmale este cel: …») to the record
    it `named`, by ticket."""
    kind = REPORTER_DETAILS.get(entity)
    if kind is None:
        return None
    intent, read_as = kind
    spoken = [word for word in re.findall(r"\w+", fold(without_relative_clauses(text))) if not word.isdigit()]
    adding = ADDED_BY.get(entity, ("", ""))[1]
    added = {word for word in spoken if asks_for(parser, word, adding)}
    said = amendments(parser, read_as, {}, text, now)
    if added:  # «súmale este cel: …», «agrégale la dirección Los Aromos 45»: a typed detail, or one its field names
        said = _added(parser, read_as, text, said, now, named=not ADDRESS_NOUNS.isdisjoint(spoken))
    said = {slot: value for slot, value in said.items() if not _only_framing(value)}
    if not said or not set(said) <= REPORTER_SLOTS:
        return None
    told = _said_values(parser, read_as, text, said, now)
    values = {word for value in (*said.values(), *(named or {}).values(), *told)
              for word in re.findall(r"\w+", fold(str(value)))}
    if not all(word in DETAIL_FRAMING or word in values or word in DETAIL_ADDING or word in added for word in spoken):
        return None
    return Understanding(intent, slots={**said, **(named or {})})


def _said_values(parser: Parser, intent: str, text: str, said: dict[str, Any], now: datetime) -> list[str]:
    """The words that say each value read, as written: a phone dictated in words («es el nueve ocho siete …») is
    its value, though the value stored is in digits."""
    spans = parser.parse_as(text, now, intent).spans
    return [text[start:end] for slot, (start, end) in spans.items() if slot in said]


def _only_framing(value: Any) -> bool:
    """Whether a value read from the words is only the words that frame a detail: «la vecina del reclamo cambió de
    celu: …» names no resident «reclamo cambió de celu»."""
    words = re.findall(r"\w+", fold(str(value)))
    return bool(words) and all(word in DETAIL_FRAMING or word in DETAIL_ADDING for word in words)


def _added(parser: Parser, intent: str, text: str, said: dict[str, Any], now: datetime,
           named: bool) -> dict[str, Any]:
    """What a message that asks to add something tells of the resident: a phone or an e-mail, and an address when
    its field is `named` (read as the record reads one); a name or a place said otherwise is the note's own
    («agrega al del pasaje Los Olmos q la vecina llamó de nuevo»)."""
    kept = {slot: value for slot, value in said.items() if slot in TYPED_DETAILS}
    address = (said.get("address") or parser.parse_as(text, now, intent).slots.get("address")) if named else None
    return {**kept, "address": address} if address else kept


def _typed_detail(parser: Parser, registry: Registry, entity: str, text: str, understanding: Understanding,
                  now: datetime) -> Understanding | None:
    """The change of the record that holds a typed detail, when the message opens with it as that record's own («y
    su celular nuevo es …», read as a contact named «celular») or asks nothing else (no request of another kind:
    «reclamo de la vecina, su fono es …» is a complaint)."""
    folded = fold(text)
    owned = POSSESSIVE.search(folded)
    if owned is None:
        return None
    intent = understanding.intent
    opens = all(word in FRAMING for word in re.findall(r"\w+", folded[:owned.start()]))
    asks_other = intent != "unknown" and not intent.endswith(LOOK_UPS) and registry.acts_on.get(intent) != entity
    if asks_other and not opens:
        return None
    for change, acted in registry.acts_on.items():
        if acted != entity or not set(TYPED_DETAILS) & set(parser.intents[change].slots):
            continue
        reading = parser.parse_as(text, now, change)
        if any(reading.slots.get(slot) for slot in TYPED_DETAILS):
            slots = dict(reading.slots)  # «la directora Castillo cambió de cel, …»: the record its words name first
            named = {slot: value for slot, value in amendments(parser, change, {}, text, now).items()
                     if slot in NAMED_DETAILS}  # «… y el puesto es subdirectora regional»: every value said
            return Understanding(change, slots={**slots, **named})
    return None


def _unframed(parser: Parser, intent: str, text: str, changes: dict[str, Any], now: datetime) -> list[str]:
    """The words of `text`, as the parser reads them, besides its new values and the words that frame a correction:
    none when it only corrects, the record's name when it says which («la reu»), anything else when it says something
    else."""
    kept = list(text)
    for slot, (start, end) in parser.parse_as(text, now, intent).spans.items():
        if slot in ("date", "time"):
            kept[start:end] = " " * (end - start)
    values = {word for value in changes.values() if isinstance(value, str) for word in fold(value).split()}
    said = parser.normalize("".join(kept)).norm  # «se pasó pa la sede», «pal gimnasio»: chat spellings read out
    said = parser.vocabulary.slot("report_leads").pattern.sub(" ", said)  # «los pisqueros avisaron que …»: how it came
    return [word for word in re.findall(r"\w+", said) if word not in FRAMING and word not in values]


def host_of_stored(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """«Corrección: la invitación de la escuela la envía el Centro de Padres, no la dirección» after an invitation was
    stored or shown: a new organizer told with its verb, as the change of the record the words before the verb name
    (else of the one in focus); only when that is all the message changes. Its «no la dirección» denies the old host
    and answers nothing."""
    last = focus.last()
    intent = CHANGES.get(last.entity) if last is not None else None
    if intent is None or "organizer" not in parser.intents[intent].slots:
        return None
    changes = amendments(parser, intent, {}, text, now)
    if set(changes) != {"organizer"}:
        return None
    named = hosted_record(text)
    return Understanding(intent, slots={**changes, "reference": named} if named else changes)
