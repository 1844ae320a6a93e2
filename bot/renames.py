"""«cámbiele el nombre: Cuenta Pública 2026», «el título es Cuenta Pública Participativa», «cámbiale el nombre a
Pedro Soto Rivas»: a new name for the record in focus.

A rename names no record (the record is the one just stored, shown or changed) and its new name is any words at all,
so the scorer has nothing to go on: the name would be read as the record to look for («¿Qué efeméride?», «No encontré
en la agenda …»). The words that say «rename» are data (`rename_*` in dialogue_words.toml); the new name is taken as
typed, and the record in focus gets it through its own change, previewed, audited and undoable.
"""

from __future__ import annotations

import re

from bot.answers import TRAILING_COURTESY
from bot.dialogue_words import INTERJECTIONS, LEAD_WORDS, RENAME_FIELDS, RENAME_PHRASES, RENAME_VERBS
from handlers.focus import Focus
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


_OPENING = alternation(LEAD_WORDS | INTERJECTIONS)
_FIELD = rf"(?:el\s+|la\s+|de\s+|por\s+|un\s+)?(?:nuevo\s+)?{alternation(RENAME_FIELDS)}"
RENAME = re.compile(
    rf"^\W*(?:(?:{_OPENING})\W+)*"
    rf"(?:{alternation(RENAME_VERBS)}\s+{_FIELD}(?:\s+(?:a|por|como|de))?"
    rf"|{_FIELD}\s+(?:(?:correcto|nuevo|real|oficial)\s+)?(?:es|sera|seria|queda|va\s+a\s+ser)"
    rf"|{alternation(RENAME_PHRASES)}(?:\s+(?:a|por|como))?)"
    r"\s*[:,]?\s*[«\"“']?(?P<name>[^«»\"“”]+?)[»\"”']?\s*[.!]*$",
    re.IGNORECASE)
"""«cámbiele el nombre: X», «el título es X», «ponle de nombre X», «que se llame X», «nuevo nombre: X»."""
TOLD = re.compile(
    rf"\b{_FIELD}\b[^«\"“:]*?\bahora\s+(?:es|sera|se\s+llama|se\s+llamara)\s*[:,]?\s*[«\"“](?P<name>[^«»\"“”]+)[»\"”]",
    re.IGNORECASE)
"""A rename told as news, with the new name quoted: «la Cámara cambió el nombre de la actividad, ahora es «X»», «le
cambiaron el título a la cena; ahora se llama "X"». The quotes mark where the name starts and ends."""


def new_name(text: str) -> str | None:
    """The new name a message gives, as typed, or None when it does not rename anything."""
    folded = fold_letters(text)
    found = RENAME.match(folded) or TOLD.search(folded)
    if found is None:
        return None
    name = TRAILING_COURTESY.sub("", text[found.start("name"):found.end("name")]).strip(" ,.;:")
    return name or None


def renamed(focus: Focus, text: str) -> Understanding | None:
    """The change that gives the record in focus the new name the message says."""
    name = new_name(text)
    last = focus.last()
    if name is None or last is None or last.entity not in CHANGES:
        return None
    intent, slot, number = CHANGES[last.entity]
    return Understanding(intent, slots={slot: name, number: last.id})
