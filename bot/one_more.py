"""«Llegó otra, del Club de Leones: …», «otro reclamo: …»: one more record of the kind just stored, shown or waiting.

What the message says after «otra» is read as that kind's creation whatever its own words lean to (a decline of
an invitation that arrives while another waits is still an invitation), with «otra» left out of its slots.
"""

from __future__ import annotations

import re
from datetime import datetime

from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

ANOTHER_VERB = r"(?:lleg[oó]|hay|tengo|tenemos|va|aqu[ií]\s+va|ingres[ae]|registr[ae]|anot[ae]|agreg(?:a|ue))"
ANOTHER = re.compile(r"^\W*(?:[^\n.:;,]{1,40}[:;,]\s*)?"  # «Antes de guardarla: …»
                     r"(?:(?:y|ya|ok|oye|ah|(?P<also>tambi[eé]n|tb|tmb|tbn|tbm))\W+){0,2}"
                     rf"(?:(?:{ANOTHER_VERB}\s+)?(?:una\s+|un\s+)?otr[oa]\b(?!\s+(?:cosa|vez|pregunta|consulta|duda))"
                     rf"|(?(also){ANOTHER_VERB}\s+una?\b(?=\s+del?\b)|(?!)))"  # «también llegó una de la Cámara»
                     r"(?:\s+(?P<noun>invitaci[oó]n|reclamo|actividad|reuni[oó]n|contacto|solicitud))?(?:\s+m[aá]s)?"
                     r"[\s,:;.!-]*",
                     re.IGNORECASE)
"""«Llegó otra, del …», «y otro reclamo: …», «tb llegó otra invitación más: …», «Antes de guardarla: también llegó
una de la Cámara …»: one more of what was just stored or is waiting."""
CREATES = {"invitation": ("invitation.create", "invitación"), "event": ("event.create", "agendar"),
           "complaint": ("complaint.create", "reclamo"), "contact": ("contact.create", "nuevo contacto"),
           "efemeride": ("efemeride.create", "efeméride"),
           "transparency_request": ("transparency.create", "solicitud de transparencia:"),
           "audience": ("lobby.create", "solicitud de audiencia:")}
"""What one more of a kind is, and the word that names it, put back where «otra» stood."""
NAMED_KINDS = {"invitacion": "invitation", "reclamo": "complaint", "actividad": "event", "reunion": "event",
               "contacto": "contact"}
"""The kind «otra» names when a noun follows it («tb llegó otra invitación»), whatever was last in focus."""


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
