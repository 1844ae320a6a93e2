"""«Llegó otra, del Club de Leones: …», «otro reclamo: …»: one more record of the kind just stored, shown or waiting.

What the message says after «otra» is read as that kind's creation whatever its own words lean to (a decline of
an invitation that arrives while another waits is still an invitation), with «otra» left out of its slots. One more
told whole after a joining word («ah y el 22 de febrero aniversario de Vicuña») is read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.dialogue_words import ADDING_JOINERS, INTERJECTIONS, KEEP_IT_TOO, LEAD_WORDS, words
from bot.record_readings import asks_for
from handlers.focus import Focus
from handlers.reply import Pending
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold, fold_letters

ANOTHER_VERB = (r"(?:lleg[oó]|hay|tengo|tenemos|va|aqu[ií]\s+va|ingres[aeá]|registr[aeá]|anot[aeá]|agreg(?:a|ue|á)"
                r"|guard[aeá])")
ALSO = r"(?:tambi[eé]n|tb|tmb|tbn|tbm)"
WHOSE_ONE = r"(?:una?|la|el)\b(?=\s+del?\b)"
"""«una de la Cámara», «la del Comandante»: one more named by whose it is, its noun left out."""
ANOTHER = re.compile(r"^\W*(?:[^\n.:;,]{1,40}[:;,]\s*)?"  # «Antes de guardarla: …»
                     rf"(?:(?:y|ya|ok|oye|ah|(?P<also>{ALSO}))\W+){{0,2}}"
                     rf"(?:(?:{ANOTHER_VERB}\s+)?(?:una\s+|un\s+)?otr[oa]\b(?!\s+(?:cosa|vez|pregunta|consulta|duda))"
                     rf"|(?(also){ANOTHER_VERB}\s+{WHOSE_ONE}"  # «también llegó una de la Cámara»
                     rf"|{ANOTHER_VERB}\W+{ALSO}\W+{WHOSE_ONE}))"  # «registre también la del Comandante»
                     r"(?:\s+(?P<noun>invitaci[oó]n|reclamo|actividad|reuni[oó]n|contacto|solicitud))?(?:\s+m[aá]s)?"
                     r"[\s,:;.!-]*",
                     re.IGNORECASE)
"""«Llegó otra, del …», «y otro reclamo: …», «tb llegó otra invitación más: …», «Antes de guardarla: también llegó
una de la Cámara …», «Registre también la del Comandante …»: one more of what was just stored or is waiting."""
CREATES = {"invitation": ("invitation.create", "invitación"), "event": ("event.create", "agendar"),
           "complaint": ("complaint.create", "reclamo"), "contact": ("contact.create", "nuevo contacto"),
           "efemeride": ("efemeride.create", "efeméride"),
           "transparency_request": ("transparency.create", "solicitud de transparencia:"),
           "audience": ("lobby.create", "solicitud de audiencia:")}
"""What one more of a kind is, and the word that names it, put back where «otra» stood."""
NAMED_KINDS = {"invitacion": "invitation", "reclamo": "complaint", "actividad": "event", "reunion": "event",
               "contacto": "contact"}
"""The kind «otra» names when a noun follows it («tb llegó otra invitación»), whatever was last in focus."""
WHOSE = re.compile(r"^\W*(?:(?:y|ah|oye|ok|ya|(?P<also>tambi[eé]n|tb|tmb|tbn|tbm|adem[aá]s))\W+){1,2}"
                   r"(?:la|el)\s+(?:(?P<noun>solicitud|invitaci[oó]n|reclamo|actividad|reuni[oó]n)\s+)?(?=del?\s)",
                   re.IGNORECASE)
"""«y la solicitud de Rosa Pinto? …», «también la de doña Inés Carrasco, …»: one more record named by whose it is."""
NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*")
CHUNKS = re.compile(r"[^?¿!.,;:]+")
TOKEN = re.compile(r"[^\W\d_]+")
GAP = re.compile(r"[^\w]*")
MAX_OPENING = 3
"""Words that may open one more record told whole: «ah y también …»."""


def one_more(parser: Parser, focus: Focus, text: str, now: datetime,
             waiting: str | None = None) -> Understanding | None:
    """The message read as one more record right after one was stored or shown, or while the proposal of one
    (`waiting`, its intent) waits; None when it does not open with «otra» or nothing says of which kind."""
    opening = ANOTHER.match(text)
    rest = text[opening.end():] if opening is not None else ""
    if not rest.strip():
        return None
    named = NAMED_KINDS.get(fold(opening.group("noun") or "")) if opening is not None else None
    proposed = next((made for made in CREATES.values() if made[0] == waiting), None)
    last = focus.last()
    if named is None and proposed is None and (waiting is not None or last is None or last.entity not in CREATES):
        return None
    intent, noun = CREATES[named] if named else proposed or CREATES[last.entity]
    return parser.parse_as(f"{noun} {rest}", now, intent)


def one_more_told(parser: Parser, focus: Focus, text: str, now: datetime,
                  waiting: Pending | None = None) -> Understanding | None:
    """«ah y el 22 de febrero aniversario de Vicuña», «tb el 12 de octubre encuentro de dos mundos» right after an
    efeméride was stored or shown, or while one waits: one more of that kind, told whole after a joining word, when
    what follows it already leans to creating one and names another than the one waiting (the same title with
    another day corrects it). None otherwise: «¿y el 22 de febrero?» names nothing to create, so it asks again."""
    rest = _after_joiner(text)
    made = next((made for made in CREATES.values() if made[0] == waiting.intent), None) if waiting else None
    last = focus.last()
    if made is None and (waiting is not None or last is None or last.entity not in CREATES):
        return None
    intent = (made or CREATES[last.entity])[0]
    if rest is None or parser.parse(rest, now).intent != intent:
        return None
    told = parser.parse_as(rest, now, intent)
    if told.missing or (waiting is not None and _same_names(told.slots, waiting.slots)):
        return None
    return told


def _after_joiner(text: str) -> str | None:
    """What follows the words that open one more record («ah y», «tb», «y también»), when a joining word is among
    them and something follows."""
    opening: list[re.Match[str]] = []
    for token in TOKEN.finditer(text):
        said = fold(token.group())
        gap = text[opening[-1].end() if opening else 0:token.start()]
        if len(opening) == MAX_OPENING or GAP.fullmatch(gap) is None or (
                said not in ADDING_JOINERS and said not in INTERJECTIONS):
            break
        opening.append(token)
    if not any(fold(token.group()) in ADDING_JOINERS for token in opening):
        return None
    return text[opening[-1].end():].strip(" ,:;") or None


def _same_names(told: dict[str, object], waiting: dict[str, object]) -> bool:
    """A text slot of the reading equal to the waiting proposal's: the same record, told again to correct it."""
    return any(isinstance(value, str) and isinstance(waiting.get(slot), str) and fold(value) == fold(
        str(waiting[slot])) for slot, value in told.items())


@dataclass(frozen=True)
class Whose:
    """A message that names a record of the waiting proposal's kind by whose it is: the name, what else it says, and
    the clauses that only ask to keep it («anótela también»)."""

    name: str
    said: list[str]
    keeps: list[str]
    also: bool


def whose(parser: Parser, text: str, waiting: Pending) -> Whose | None:
    """«¿y la solicitud de Rosa Pinto? anótela también», «también la de doña Inés Carrasco» while a proposal of that
    kind (or of none named) waits; None when the message does not open so or names nobody in capitals."""
    opening = WHOSE.match(text)
    made = next((made for made in CREATES.values() if made[0] == waiting.intent), None)
    named = NAMED_KINDS.get(fold(opening.group("noun") or "")) if opening is not None else None
    if opening is None or made is None or (named is not None and CREATES[named][0] != waiting.intent):
        return None
    chunks = [chunk.strip() for chunk in CHUNKS.findall(text[opening.end():]) if chunk.strip()]
    said = [chunk for chunk in chunks if not _keeps_it(parser, chunk)]
    name = NAME.search(said[0]) if said else None
    if name is None:
        return None
    keeps = [chunk for chunk in chunks if chunk not in said]
    return Whose(name.group(), said, keeps, opening.group("also") is not None)


def names_the_one_waiting(found: Whose, waiting: Pending) -> bool:
    """«¿y la de Hernán Vidal? guárdala» while Hernán Vidal's request waits: that one, not one more."""
    return any(fold(found.name) in fold(value) for value in waiting.slots.values() if isinstance(value, str))


def one_more_whose(parser: Parser, text: str, now: datetime, waiting: Pending, told: str) -> Understanding | None:
    """While the proposal `waiting` waits, one more record of its kind named by whose it is (`whose`), when the
    message says it adds one («también», a verb that stores it) or the message `told` with the proposal named that
    one too, whose words are then read from there («llegaron dos: doña Julia Rivas pide …, y don Pedro Soto pide
    …»). None otherwise: a bare «¿y la de Rosa Pinto?» may ask about a stored one."""
    found = whose(parser, text, waiting)
    if found is None or names_the_one_waiting(found, waiting):
        return None
    noun = next(made[1] for made in CREATES.values() if made[0] == waiting.intent)
    at = fold_letters(told).find(fold_letters(found.name))
    if at >= 0:
        return parser.parse_as(f"{noun} {told[at:]}", now, waiting.intent)
    if not found.also and not found.keeps:
        return None
    return parser.parse_as(f"{noun} {', '.join(found.said)}", now, waiting.intent)


def _keeps_it(parser: Parser, chunk: str) -> bool:
    """«anótela también», «regístrala igual»: a verb that stores, with words that only add «as well»."""
    said = words(chunk)
    return any(asks_for(parser, word, "register") for word in said) and all(
        asks_for(parser, word, "register") or word in KEEP_IT_TOO or word in LEAD_WORDS for word in said)
