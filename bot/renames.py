"""«cámbiele el nombre: Cuenta Pública 2026», «el título es Cuenta Pública Participativa», «cámbiale el nombre a
Pedro Soto Rivas»: a new name for the record in focus; «cámbiale el nombre a la reunión del jueves: Mesa de trabajo»,
«el título de la invitación del Rotary déjalo como Cena de Gala»: a new name for the record named.

A new name is any words at all, so the scorer has nothing to go on: the name would be read as the record to look for
(«¿Qué efeméride?», «No encontré en la agenda …»), or the record named would be read into the name. The words that
say «rename» are data (`rename_*` in dialogue_words.toml); the new name is taken as typed, the record named is read
as a change of it («cambia la reunión del jueves»), and the record gets the name through its own change, previewed,
audited and undoable.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.answers import TRAILING_COURTESY
from bot.dialogue_words import (
    CORRECTION_HEADS,
    COURTESY,
    INTERJECTIONS,
    LEAD_WORDS,
    NAME_HOLDERS,
    RENAME_COPULAS,
    RENAME_DENIALS,
    RENAME_FIELDS,
    RENAME_MISTAKES,
    RENAME_PHRASES,
    RENAME_QUALIFIERS,
    RENAME_READING,
    RENAME_RECORD_OPENERS,
    RENAME_REQUEST_FRAMING,
    RENAME_VALUE_LEADS,
    RENAME_VERBS,
    RENAME_WRONG,
    RENAMING_VERBS,
    SWAP_ARTICLES,
)
from handlers.focus import Focus
from nlu.parser import Parser
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold_letters

CHANGES = {
    "event": ("event.update", "title", "event_id"),
    "invitation": ("invitation.update", "title", "invitation_id"),
    "efemeride": ("efemeride.update", "title", "efemeride_id"),
    "contact": ("contact.update", "new_name", "contact_id"),
}
"""For each kind of record that has a name: its change, the slot of the new name, and the slot of its number."""
NAME_SLOTS = {intent: slot for intent, slot, _ in CHANGES.values()}
"""The slot of the new name, by the change that gives it."""

OPENER_WORDS = frozenset(word for opener in RENAME_RECORD_OPENERS for word in opener.split())
"""The words that open a record's name («de la», «al»)."""
_OPENING = rf"^\W*(?:(?:{alternation(LEAD_WORDS | INTERJECTIONS | CORRECTION_HEADS)})\W+)*"
_FIELD = rf"(?:el\s+|la\s+|de\s+|por\s+|un\s+)?(?:nuevo\s+)?{alternation(RENAME_FIELDS)}"
_COPULA = rf"(?:(?:{alternation(RENAME_QUALIFIERS)})\s+)?{alternation(RENAME_COPULAS)}"
_WRONG = rf"(?:\s*,?\s*{alternation(RENAME_WRONG)})?\s*[:,;]?\s*"
"""«el nombre está mal, es …», «el título: es …»: the field said wrong, or a colon, before the copula."""
_TOLD_COPULA = rf"(?:\s*[:,;]\s*{_COPULA}\b)?"
"""«corrige el título: es …»: the copula that tells the new name after the field an order names."""
_COURTESY = rf"(?:\s*,?\s*\b(?:{alternation(COURTESY)})\b)*"
"""«corrige el título porfa: es …»: courtesy after the field, which opens no name with «por»."""
_MISTAKE = rf"(?:{alternation(RENAME_MISTAKES)}\s+)?"
"""«me equivoqué en el nombre: se llama …»: the field owned as a mistake."""
DENIED = re.compile(rf"(?:\s*[,;]\s*(?:y\s+)?|\s+y\s+)(?:{alternation(RENAME_DENIALS)})\s+.+$")
"""«…, no la ceremonia de fin de año», «… y no la cena»: the old name taken back after the new one (in lower case:
«Día del No Fumador» keeps its «No»)."""
ARTICLE = re.compile(rf"^(?:{alternation(SWAP_ARTICLES)})\s+(?=[A-ZÁÉÍÓÚÑ])")
"""«es la Gala de …»: the article before a name in capitals belongs to the sentence, not to the name."""
_NAME = r"\s*[:,]?\s*[«\"“']?(?P<name>[^«»\"“”]+?)[»\"”']?\s*[.!]*$"
RENAME = re.compile(
    rf"{_OPENING}"
    rf"(?:{alternation(RENAME_VERBS)}\s+{_FIELD}{_COURTESY}(?:\s+(?:a|por|como|de))?{_TOLD_COPULA}"
    rf"|{_MISTAKE}{_FIELD}{_WRONG}{_COPULA}"
    rf"|{alternation(RENAME_PHRASES)}(?:\s+(?:a|por|como))?){_NAME}",
    re.IGNORECASE)
"""«cámbiele el nombre: X», «el título es X», «ponle de nombre X», «que se llame X», «nuevo nombre: X», «corrijo el
nombre: es X, no Y», «el nombre está mal, es X»."""
TOLD = re.compile(
    rf"\b{_FIELD}\b[^«\"“:]*?\bahora\s+(?:es|sera|se\s+llama|se\s+llamara)\s*[:,]?\s*[«\"“](?P<name>[^«»\"“”]+)[»\"”]",
    re.IGNORECASE)
"""A rename told as news, with the new name quoted: «la Cámara cambió el nombre de la actividad, ahora es «X»», «le
cambiaron el título a la cena; ahora se llama "X"». The quotes mark where the name starts and ends."""

_RECORD = rf"(?P<record>(?:{alternation(RENAME_RECORD_OPENERS)})\s.+?)"
_AFTER_VERB = rf"{alternation(RENAME_VERBS)}\b(?:\s+(?:{alternation(RENAME_VALUE_LEADS)})\b)?"
"""The verb after a record named first: a copula there tells of a person or a street as well («el nombre de la
señora es María Pérez»), so only a verb that renames says the record gets a new name."""


def _named_frames(lead: str) -> tuple[re.Pattern[str], ...]:
    """The frames that name the record between the field and the new name, the new name opened by `lead`."""
    opens = r"\s*[:;]\s*" if lead == ":" else rf"\s*,?\s+{lead}\s+"
    return tuple(re.compile(frame, re.IGNORECASE) for frame in (
        rf"{_OPENING}{alternation(RENAME_VERBS)}\s+{_FIELD}\s+{_RECORD}{opens}{_NAME}",
        rf"{_OPENING}{alternation(RENAMING_VERBS)}\s+{_RECORD}{opens}{_NAME}"))


FIELD_FIRST = re.compile(rf"{_OPENING}{_FIELD}\s+{_RECORD}\s*[,;]?\s+{_AFTER_VERB}{_NAME}", re.IGNORECASE)
VALUE_FIRST = re.compile(
    rf"{_OPENING}[«\"“']?(?P<name>[^«»\"“”]+?)[»\"”']?\s*[,:;]?\s+{alternation(RENAME_VERBS)}\s+"
    rf"(?:(?:{alternation(COURTESY)})\s+)*(?:(?:{alternation(RENAME_VALUE_LEADS)})\s+)?{_FIELD}\s+{_RECORD}\s*[.!?]*$",
    re.IGNORECASE)
"""The new name said before the verb that gives it («"Cuenta Pública 2027" ponle de nombre a la reunión del jueves»,
«Mesa técnica, pónganle como título a la actividad del viernes»): the name runs up to the verb."""
_LEADS = (":", *(re.escape(lead).replace(r"\ ", r"\s+") for lead in RENAME_VALUE_LEADS))
NAMED = (*(frame for lead in _LEADS for frame in _named_frames(lead)), FIELD_FIRST, VALUE_FIRST)
"""«cámbiale el nombre a la reunión del jueves: X», «cámbiale el título a la invitación del Rotary por X»,
«renombra la efeméride del bombero como X», «el título de la reunión con el seremi cámbialo a X», «el nombre de la
actividad del jueves déjalo como X», «X ponle de nombre a la reunión del jueves»: strongest opening of the name
first."""


def _name(text: str, found: re.Match[str]) -> str | None:
    """The new name as typed, without the courtesy that closes the message, the old name taken back after it, nor
    the article of the sentence before it."""
    name = TRAILING_COURTESY.sub("", text[found.start("name"):found.end("name")]).strip(" ,.;:")
    name = ARTICLE.sub("", DENIED.sub("", name)).strip(" ,.;:")
    return name or None


def new_name(text: str) -> str | None:
    """The new name a message gives the record in focus, as typed, or None when it does not rename anything."""
    folded = fold_letters(text)
    found = RENAME.match(folded) or TOLD.search(folded)
    return _name(text, found) if found is not None else None


def _names_something(found: re.Match[str]) -> bool:
    """Whether the words taken for the new name say one: before a renaming verb, «oye», «por favor» or «necesito
    que» only frame the request (`rename_request_framing`)."""
    words = re.findall(r"\w+", found.group("name").lower())
    return not all(word in LEAD_WORDS or word in RENAME_REQUEST_FRAMING for word in words)


def _named(text: str) -> re.Match[str] | None:
    """The frame that names a record between the field and the new name, if the message has one (the courtesy that
    closes it aside: «…, por favor» opens no name with «por»)."""
    folded = fold_letters(TRAILING_COURTESY.sub("", text))
    return next((found for frame in NAMED if (found := frame.match(folded)) is not None and _names_something(found)),
                None)


def _named_changes(parser: Parser, text: str, found: re.Match[str], now: datetime) -> list[Understanding]:
    """The changes that may give the record named its new name, likeliest first: the record read as a change of it
    by each kind of record that has a name, those the scorer ranks first («al contacto Jorge Tapia» ranks an
    efeméride's change before a contact's), only the new name as its name; none when the words name no record that
    has one."""
    name = _name(text, found)
    said = f"{RENAME_READING} {text[found.start('record'):found.end('record')]}"
    likely = [intent for intent, _ in parser.parse(said, now).alternatives if intent in NAME_SLOTS]
    readings = [parser.parse_as(said, now, intent) for intent in dict.fromkeys([*likely, *NAME_SLOTS])]
    return [Understanding(reading.intent, slots={**reading.slots, NAME_SLOTS[reading.intent]: name})
            for reading in readings if name is not None and "reference" in reading.slots]


def _of_a_resident(text: str, found: re.Match[str]) -> bool:
    """Whether the record named is only whom a complaint is from («corrige el nombre de la vecina: es Marta Sáez»):
    the resident's name is corrected (`bot.resident_fixes`), no record renamed."""
    words = fold_letters(text[found.start("record"):found.end("record")]).split()
    return not NAME_HOLDERS.isdisjoint(words) and set(words) <= NAME_HOLDERS | OPENER_WORDS | COURTESY


def renamed(parser: Parser, focus: Focus, text: str, now: datetime) -> list[Understanding]:
    """The changes that give the record named, else the record in focus, the new name the message says; likeliest
    first."""
    found = _named(text)
    if found is not None and _of_a_resident(text, found):
        return []
    if found is not None:
        return _named_changes(parser, text, found, now)
    name = new_name(text)
    last = focus.last()
    if name is None or last is None or last.entity not in CHANGES:
        return []
    intent, slot, number = CHANGES[last.entity]
    return [Understanding(intent, slots={slot: name, number: last.id})]
