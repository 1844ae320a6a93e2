"""A resident's new phone or e-mail told by their name («la señora Araya cambió de celular, ahora es 9 8765 4321»,
«anota el fono de la vecina Araya: …», «agrega al reclamo de la señora Araya el fono …»).

Alone, such words read like a protocol contact's change or a new contact. When the person is the resident of a stored
complaint, they are that complaint's change instead (`complaint.details`: preview with what it was, audit, undo); the
handler picks the resident's one open complaint, or asks which of several. When a protocol contact answers to the same
name too, neither is guessed: the bot asks which of the two gets the detail. A message that says anything besides the
name, the detail and the words that frame it («nuevo contacto Rosa Araya, presidenta de la junta…») is not this.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.dialogue_words import DETAIL_ADDING, RESIDENT_CHANGED
from bot.just_stored import ADDED_BY, DETAIL_FRAMING, REPORTER_DETAILS
from bot.readings import READING
from bot.record_readings import asks_for
from handlers.complaint_changes import CITIZEN_FILLER
from handlers.context import Context
from handlers.reply import Reply, choose
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold
from storage.queries.complaints import complaints_about
from storage.queries.contacts import ranked_contacts

ENTITY = "complaint"
"""The kind of record whose resident a detail told by name belongs to."""
TYPED = ("phone", "email")
"""The details that, told by a person's name, may be a resident's rather than a contact's."""
CONTACT_CHANGE = "contact.update"
MAX_NAME_WORDS = 4
"""More words than a person's name holds say something else."""
MAX_TICKETS = 3
"""The resident's complaints named on the button that offers them."""
WHICH = "«{name}» es un contacto y también vecino/a de un reclamo. ¿A cuál le pongo el dato?"


def resident_detail(parser: Parser, ctx: Context, text: str, now: datetime) -> Understanding | None:
    """The change of the complaint whose resident `text` names with a new phone or e-mail, and nothing else; `None`
    when the words give no such detail, or their words besides it name no resident."""
    intent, read_as = REPORTER_DETAILS[ENTITY]
    reading = parser.parse_as(text, now, read_as).slots
    details = {slot: reading[slot] for slot in TYPED if reading.get(slot)}
    name = " ".join(_unframed(parser, text, [str(value) for value in details.values()]))
    if not details or not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    if not complaints_about(ctx.session, name, None, 1)[1]:
        return None
    return Understanding(intent, slots={**details, "reference": name})


def which_of_two(parser: Parser, ctx: Context, text: str, resident: Understanding, now: datetime) -> Reply | None:
    """When a protocol contact answers to the resident's name too, the two to pick from (each read already, with
    what it sets), instead of guessing; `None` when no contact has that name."""
    name = str(resident.slots["reference"])
    contacts = ranked_contacts(ctx.session, name, 1)
    if not contacts:
        return None
    known = contacts[0].contact
    tickets = ", ".join(c.ticket for c in complaints_about(ctx.session, name, None, MAX_TICKETS)[0])
    contact: dict[str, Any] = {**parser.parse_as(text, now, CONTACT_CHANGE).slots, "reference": name}
    options = [(f"El contacto {' · '.join(filter(None, (known.name, known.role)))}",
                {"intent": CONTACT_CHANGE, "slots": contact}),
               (f"El reclamo {tickets}", {"intent": resident.intent, "slots": resident.slots})]
    return choose(READING, {"text": text}, WHICH.format(name=name.title()), options)


def _unframed(parser: Parser, text: str, values: list[str]) -> list[str]:
    """The words of `text` besides the detail and those that frame a detail told or changed: a person's name, when
    the message only tells their detail."""
    for value in values:  # «rosa.araya@gmail.com»: the address as typed, not its words
        text = re.sub(re.escape(value), " ", text, flags=re.IGNORECASE)
    adding = ADDED_BY[ENTITY][1]
    return [word for word in re.findall(r"\w+", fold(text))
            if not (word.isdigit() or word in DETAIL_FRAMING or word in DETAIL_ADDING
                    or word in RESIDENT_CHANGED or word in CITIZEN_FILLER or asks_for(parser, word, adding))]
