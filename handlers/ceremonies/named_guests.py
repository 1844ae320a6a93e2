"""Which guests of a ceremony a few words mean («el senador», «la seremi Pérez y el senador»), and where else to look
for them: the only upcoming ceremony they are invited to, or the protocol list."""

from __future__ import annotations

import re

from handlers.ceremonies.records import live_guests, upcoming
from handlers.context import Context
from storage.ceremonies import Ceremony, CeremonyGuest
from storage.folding import fold
from storage.models import Contact
from storage.queries.contacts import search_contacts

GROUP_FILLER = frozenset({"a", "al", "la", "las", "los", "el", "de", "del", "y", "e", "todos", "todas", "autoridades",
                          "autoridad", "invitados", "invitadas", "lista", "tambien", "sr", "sra", "senor", "senora",
                          "senores", "senoras"})
GUEST_LIST = re.compile(r"\s*[,;]\s*|\s+(?:y|e)\s+", re.IGNORECASE)
"""How guests are listed in one request: «la diputada Vidal y el concejal Morales», «los seremis, los diputados»."""


def _words(wanted: str) -> list[str]:
    return [word for word in fold(wanted).split() if word not in GROUP_FILLER]


def _holds_all(words: list[str], described: str) -> int:
    """How many of the words start a word of the description («senador pérez» in «Manuel Pérez senador Senado»)."""
    held = fold(described).split()
    return sum(any(d.startswith(w) for d in held) for w in words)


def _guest(ctx: Context, ceremony: Ceremony, wanted: str) -> CeremonyGuest | None:
    """The guest a few words mean: their name, or their post («el senador»)."""
    words = _words(wanted)
    best, best_hits = None, 0
    for guest in live_guests(ctx, ceremony) if words else ():
        hits = _holds_all(words, " ".join(p for p in (guest.name, guest.post, guest.institution) if p))
        if hits > best_hits:
            best, best_hits = guest, hits
    return best


def named_guests(ctx: Context, ceremony: Ceremony, wanted: str) -> list[CeremonyGuest]:
    """The guests an answer is about: each one named in a list («la seremi Pérez y el senador»), else the one guest
    the words mean as a whole."""
    found: list[CeremonyGuest] = []
    for part in (p.strip() for p in GUEST_LIST.split(wanted)):
        guest = _guest(ctx, ceremony, part) if part else None
        if part and guest is None:
            whole = _guest(ctx, ceremony, wanted)
            return [whole] if whole else []
        if guest is not None and guest not in found:
            found.append(guest)
    return found


def invited_elsewhere(ctx: Context, wanted: str) -> tuple[Ceremony, list[CeremonyGuest]] | None:
    """The only upcoming ceremony the guest is invited to, with the guests meant; None when none or several."""
    found = [(ceremony, guests) for ceremony in upcoming(ctx) if (guests := named_guests(ctx, ceremony, wanted))]
    return found[0] if len(found) == 1 else None


def on_protocol_list(ctx: Context, wanted: str) -> Contact | None:
    """The protocol-list contact the words mean when every one of them is in its name or post, else None."""
    words = _words(wanted)
    for contact in search_contacts(ctx.session, wanted, limit=3) if words else ():
        if _holds_all(words, " ".join(p for p in (contact.name, contact.role, contact.institution) if p)) == len(words):
            return contact
    return None
