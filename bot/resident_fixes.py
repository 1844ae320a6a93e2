"""A resident's name, surname or house number corrected in words about the complaint in focus: «el apellido es
Quintriqueo, no Quintrikeo», «me equivoqué en el nombre, es Patricio Rojo, no Rojas», «eh no, espera, era mil
doscientos treinta y dos, cambia la dirección», and a letter that spells a new name («es José Quintriqueo con i»).

Each reads as the complaint's change of details (`complaint.details`: preview with what it was, audit, undo); the
handler puts the surname or the number in place of the one stored (`handlers.complaint_changes`). Only the field's
word, the value and the words that frame a correction may be said: anything else is something else. A question or a
search about a name («¿qué reclamos hay a nombre de Bustos?», «busca los del vecino Muñoz») corrects nothing.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.dialogue_words import (
    ADDRESS_NOUNS,
    APOLOGIES,
    CORRECTION_HEADS,
    COURTESY,
    FIX_FRAMING,
    INTERJECTIONS,
    NAME_FIELDS,
    NAME_HOLDERS,
    NAME_SEARCH_LEADS,
    NAME_SEARCH_VERBS,
    NO_WORDS,
    SPELLING_LEADS,
    SURNAME_FIELDS,
)
from nlu import Parser
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold

DETAILS = "complaint.details"
FRAMING = FIX_FRAMING | APOLOGIES | COURTESY | CORRECTION_HEADS | INTERJECTIONS | NO_WORDS
NOT_A_SURNAME = FRAMING | SURNAME_FIELDS
NOT_A_NAME = FRAMING | NAME_FIELDS | NAME_HOLDERS
MAX_NAME_WORDS = 4
"""A resident's whole name is a given name and up to three surnames or particles; more words say something else."""
SPELLED = re.compile(rf"\s+(?:{alternation(SPELLING_LEADS)})\s+[^\W\d_]\s*[.!]?\s*$", re.IGNORECASE)
"""«… con i» closing the message: a letter that spells the name said before it."""
DENIED = re.compile(r",?\s+no\s+[^\W\d_]+\s*[.!]?\s*$", re.IGNORECASE)
"""«…, no Quintrikeo» closing the message: the value said to be wrong."""
WORD = re.compile(r"[a-z]+|\d+")


def unspelled(text: str) -> str:
    """`text` without a closing spelling remark: «es José Quintriqueo con i» → «es José Quintriqueo»."""
    found = SPELLED.search(text)
    return text[:found.start()] if found else text


def fixed_detail(parser: Parser, text: str, now: datetime) -> Understanding | None:
    """The surname or the house number a message corrects, as the change of the complaint in focus; None when the
    message says anything else, or asks or searches instead of correcting."""
    if searched(parser, text, now):
        return None
    text = unspelled(text)
    denied = DENIED.search(text)
    kept = text[:denied.start()] if denied else text
    words = WORD.findall(fold(kept))
    if not SURNAME_FIELDS.isdisjoint(words):
        return _surname(kept, words)
    if not NAME_FIELDS.isdisjoint(words):
        return _whole_name(kept)
    if not ADDRESS_NOUNS.isdisjoint(words):
        return _house_number(parser, fold(kept))
    return None


def searched(parser: Parser, text: str, now: datetime) -> bool:
    """The message asks about or searches for what a name holds: «q reclamos tiene el vecino Muñoz», «hay algún
    reclamo a nombre de Juan Soto», «búscame los de la sra. Pérez». Its name is what to look for, never a new one."""
    said = f" {' '.join(WORD.findall(fold(text)))} "
    return parser.asks_question(text, now) or not NAME_SEARCH_VERBS.isdisjoint(said.split()) \
        or any(f" {lead} " in said for lead in NAME_SEARCH_LEADS)


def _surname(kept: str, words: list[str]) -> Understanding | None:
    """«el apellido es Quintriqueo»: the one word left besides the field and the framing."""
    left = [word for word in re.findall(r"[^\W\d_]+", kept) if fold(word) not in NOT_A_SURNAME]
    return Understanding(DETAILS, slots={"citizen": left[0]}) if len(left) == 1 and len(words) > 2 else None


def _whole_name(kept: str) -> Understanding | None:
    """«es Patricio Rojo», «el vecino se llama Patricio Rojo»: the words left besides the field, whom it is said of
    and the framing, as typed."""
    left = [word for word in re.findall(r"[^\W\d_]+", kept) if fold(word) not in NOT_A_NAME]
    return Understanding(DETAILS, slots={"citizen": " ".join(left)}) if 0 < len(left) <= MAX_NAME_WORDS else None


def _house_number(parser: Parser, folded: str) -> Understanding | None:
    """«era mil doscientos treinta y dos, cambia la dirección», «la dirección es el 1232»: a number alone."""
    numbers = parser.spoken_numbers
    said = [match for match in re.finditer(rf"(?<![a-z])(?:{numbers.pattern}|\d{{1,5}})(?![a-z\d])", folded)]
    if len(said) != 1:
        return None
    rest = folded[:said[0].start()] + " " + folded[said[0].end():]
    if not all(word in FRAMING or word in ADDRESS_NOUNS for word in WORD.findall(rest)):
        return None
    number = said[0].group()
    value = number if number.isdigit() else str(numbers.value(number))
    return Understanding(DETAILS, slots={"address": value})
