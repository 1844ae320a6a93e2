"""A correction with no verb right after a record was stored: «misma hora pero el viernes», «mejor a las 11»,
«no, en el salón».

Said while the proposal waited, such words amend it; said a moment after «sí», they mean the same thing about the
record just stored, which is no longer a proposal. They are read as its change (a preview to confirm, audited and
undoable like any other), instead of «No entendí». So are the resident's details told about a complaint in focus
(«su número es el 9 6543 2109», «la dirección es Los Aromos 45»), which alone read like a contact's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.corrections import amendments
from bot.dialogue_words import COURTESY, INTERJECTIONS
from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

CHANGES = {"event": "event.update", "invitation": "invitation.update"}
DETAILS = {"complaint": ("complaint.details", "complaint.create")}
"""The change that sets who reported a record of each kind, and the proposal whose details it reads as."""
DETAIL_SLOTS = frozenset({"citizen", "phone", "address"})
DETAIL_FRAMING = frozenset({"su", "sus", "numero", "fono", "telefono", "tel", "cel", "celular", "whatsapp", "wsp",
                            "movil", "contacto", "direccion", "domicilio", "vive", "vecina", "vecino", "senora",
                            "senor", "don", "dona", "sra", "sr", "llama", "nombre", "es", "son", "el", "la", "de",
                            "del", "en", "y", "se", "que", "ah", "ojo", "perdon", "pasaje", "calle", "avenida", "al",
                            "a"}) | COURTESY | INTERJECTIONS
"""Words around a resident's detail («su número es el …», «el fono de la vecina es …», «vive en …»)."""
"""The change of each kind of record that a bare correction can be about."""
CORRECTED = frozenset({"date", "time", "place"})
"""What a verb-less correction changes: when and where; a name or a title needs words that say so."""
FRAMING = frozenset({"no", "mejor", "mismo", "misma", "hora", "horario", "lugar", "sitio", "dia", "fecha", "pero",
                     "era", "es", "sera", "seria", "sino", "a", "al", "las", "los", "la", "el", "en", "de", "y",
                     "perdon", "perdona", "ojo", "ahora", "entonces", "mas", "bien", "ya", "ok", "siempre", "que",
                     "hrs", "hr", "horas", "se"}) | COURTESY | INTERJECTIONS
"""Words that frame a correction around its new values («misma hora pero …», «ah no, era …»); a message with any
other word («estuvo bonita la ceremonia en el salón», «el viernes tengo dentista a las 11») says something else."""


def change_of_stored(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """The change of the record in focus that `text` names, when it only names a new day, hour or place."""
    last = focus.last()
    intent = CHANGES.get(last.entity) if last is not None else None
    if intent is None:
        return None
    changes = amendments(parser, intent, {}, text, now)
    if not changes or not set(changes) <= CORRECTED or not _only_frames(parser, intent, text, changes, now):
        return None
    return Understanding(intent, slots=changes)


def details_of_stored(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """«su número es el 9 6543 2109», «la dirección es Los Aromos 45» with a complaint in focus: who reported it,
    how to call them or where they live, set on that complaint, when the message says nothing else."""
    last = focus.last()
    kind = DETAILS.get(last.entity) if last is not None else None
    if kind is None:
        return None
    intent, read_as = kind
    said = amendments(parser, read_as, {}, text, now)
    if not said or not set(said) <= DETAIL_SLOTS:
        return None
    values = {word for value in said.values() for word in re.findall(r"\w+", fold(str(value)))}
    spoken = [word for word in re.findall(r"\w+", fold(text)) if not word.isdigit()]
    if not all(word in DETAIL_FRAMING or word in values for word in spoken):
        return None
    return Understanding(intent, slots=dict(said))


def _only_frames(parser: Parser, intent: str, text: str, changes: dict[str, Any], now: datetime) -> bool:
    """Whether `text` says nothing besides its new values and the words that frame a correction."""
    kept = list(text)
    for slot, (start, end) in parser.parse_as(text, now, intent).spans.items():
        if slot in ("date", "time"):
            kept[start:end] = " " * (end - start)
    values = {word for value in changes.values() if isinstance(value, str) for word in fold(value).split()}
    return all(word in FRAMING or word in values for word in re.findall(r"\w+", fold("".join(kept))))
