"""«agenda reunión con ella el viernes» right after a contact was shown or stored: «ella» is that person, so the new
record is written with the name, which later reads on its own («reunión con Marcela Ortiz»)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.meanwhile import CONTENT_SLOTS
from handlers.context import Context
from nlu.understanding import Understanding
from storage.models import Contact

PERSON_PRONOUN = re.compile(r"\b(?P<lead>con|a|para|de)\s+(?:ella|[eé]l)\b(?=\s*(?:[,.;:!?]|$))", re.IGNORECASE)
"""A personal pronoun ending a phrase («con ella», «a él»); «con el director» is an article, not a pronoun."""
PRONOUN_NEXT = re.compile(r"\s+(?:con|a|para)\s+(?:ella|él)\b", re.IGNORECASE)
"""The pronoun right after a slot's words, which the parser left out of it; only «él» accented, as «el» opens a day."""


def with_person_in_focus(ctx: Context, text: str, understanding: Understanding) -> Understanding:
    """A creation whose words hold a personal pronoun, or are followed by one in `text` («un café con él el jueves»
    reads «café»), or a guest said as a pronoun on the verb («ahora invítelo al izamiento»), with the contact the
    conversation is about put in its place; unchanged when the record in focus is no contact, or no pronoun is
    there."""
    contact = _contact_in_focus(ctx)
    if contact is None:
        return understanding
    if understanding.slots.get("pointed"):
        return _pointed_guest(understanding, contact)
    if not understanding.intent.endswith(".create"):
        return understanding
    named = {slot: PERSON_PRONOUN.sub(lambda found: f"{found['lead']} {contact.name}", value + _pronoun_after(
        text, understanding.spans.get(slot))) for slot in CONTENT_SLOTS
        if isinstance(value := understanding.slots.get(slot), str)}
    changed = {slot: value for slot, value in named.items() if value != understanding.slots.get(slot)}
    return replace(understanding, slots={**understanding.slots, **changed}) if changed else understanding


def _contact_in_focus(ctx: Context) -> Contact | None:
    last = ctx.focus.last()
    if last is None or last.entity != "contact":
        return None
    contact = ctx.session.get(Contact, last.id)
    return contact if contact is not None and contact.name and contact.deleted_at is None else None


def _pointed_guest(understanding: Understanding, contact: Contact) -> Understanding:
    """«invítela»: the contact is the guest, by name, as if the message had said it."""
    slots = {key: value for key, value in understanding.slots.items() if key != "pointed"}
    return replace(understanding, slots={**slots, "guests": contact.name},
                   missing=tuple(slot for slot in understanding.missing if slot != "guests"))


def _pronoun_after(text: str, span: tuple[int, int] | None) -> str:
    """« con él» when it follows the slot's words in the message, else nothing."""
    found = PRONOUN_NEXT.match(text, span[1]) if span is not None else None
    return found.group() if found is not None else ""
