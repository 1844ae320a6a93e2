"""«guarda también el contacto de quien firma»: the contact is the signature of the message just stored.

A mail pasted as an invitation or a complaint often ends with who wrote it (name, post, phone). Staff ask
for that person as a contact in a second message, naming them only by their part in the first one; the
first message, remembered with the write it led to (`Memory.told`), is read again as a contact.
"""

from __future__ import annotations

from datetime import datetime

from handlers.contacts import ADD_EXAMPLE
from handlers.reply import Reply
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

NO_SIGNED_MESSAGE = (f"No tengo a mano un mensaje firmado de hace poco. Escríbame los datos del contacto, por ejemplo: "
                     f"{ADD_EXAMPLE}.")


def signer_contact(parser: Parser, text: str, understanding: Understanding, told: str | None,
                   now: datetime) -> Understanding | Reply | None:
    """The contact named only as who signed or sent the remembered message, read from that message; a reply
    asking for the details when no message is remembered; None when the request names its contact itself."""
    if understanding.intent != "contact.create":
        return None
    if parser.vocabulary.slot("signer_pointers").search(fold(text)) is None:
        return None
    if told is None:
        return Reply(NO_SIGNED_MESSAGE)
    signed = parser.parse_as(told, now, "contact.create")
    return signed if signed.slots.get("name") else Reply(NO_SIGNED_MESSAGE)
