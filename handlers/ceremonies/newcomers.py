"""Guests told by name and post who are not on the protocol list («la rectora Marcela Soto, de la Universidad de
Valparaíso»): invited all the same, never dropped, and offered to the list in the same preview, so that the
precedence list, the greeting and the letters have their post and institution. Staff may answer the preview «solo
invitar»: then they are invited without joining the list (`UNLISTED`)."""

from __future__ import annotations

from typing import Any

from handlers.context import Context
from storage.folding import fold
from storage.models import Contact
from storage.queries.contacts import refresh_search_text, search_contacts

PERSON_FIELDS = ("name", "post", "institution")
UNLISTED = "unlisted"
"""The proposal's slot that says its newcomers are invited without joining the protocol list."""


def told_people(slots: dict[str, Any]) -> list[dict[str, str]]:
    """The guests the message told by name and post (the `people` slot), each a {name, post, institution}."""
    people = slots.get("people") or []
    return [{key: str(person[key]) for key in PERSON_FIELDS if person.get(key)}
            for person in people if isinstance(person, dict) and person.get("name")]


def names(person: dict[str, str], part: str) -> bool:
    """Whether a piece of the guest list is this person, or the institution said apart after a comma."""
    said = fold(part)
    return fold(person["name"]) in said or (bool(person.get("institution")) and fold(person["institution"]) in said)


def listed_as(ctx: Context, person: dict[str, str]) -> Contact | None:
    """The protocol-list contact of that name: every word of it in the contact's name («Pérez» is Manuel Pérez,
    «Marcela Soto» is not Carolina Soto)."""
    wanted = fold(person["name"]).split()
    for contact in search_contacts(ctx.session, f"{person.get('post', '')} {person['name']}", limit=5):
        held = fold(contact.name).split()
        if all(any(word.startswith(w) for word in held) for w in wanted):
            return contact
    return None


def newcomer_text(person: dict[str, str]) -> str:
    """«Marcela Soto (rectora, Universidad de Valparaíso)»."""
    about = ", ".join(person[key] for key in ("post", "institution") if person.get(key))
    return f"{person['name']} ({about})" if about else person["name"]


def as_contact(ctx: Context, person: dict[str, str]) -> Contact:
    """The newcomer as a protocol-list contact, written with the guest after the user's «sí»."""
    contact = Contact(name=person["name"], role=person.get("post"), institution=person.get("institution"),
                      notes="Agregado al invitarlo a una ceremonia", updated_at=ctx.now)
    return refresh_search_text(contact)


def invite_only(slots: dict[str, Any]) -> dict[str, Any] | None:
    """«solo invitar», «sí, pero no lo agregue al listado»: the proposal invites its newcomers without adding them to
    the protocol list; None when it proposes no newcomer, so the words are read as any other answer."""
    return {**slots, UNLISTED: True} if slots.get("newcomers") else None

