"""Which invitation "la del Rotary" or "la cena de la Cámara" means, and which answer "acepta" gives.

People name an invitation by a few words of its organizer, title, place or day, without accents,
abbreviated or misspelt; the invitations that match the most of those words win.
"""

from __future__ import annotations

from typing import Any

from handlers import reference_match
from handlers.agenda_slots import SlotError
from handlers.format import day_text
from storage.folding import fold
from storage.models import Invitation, InvitationStatus

FILLER = reference_match.FILLER | {"invitacion", "invitaciones", "evento", "actividad"}

RESPONSE_STEMS = (
    (InvitationStatus.ACCEPTED, ("accept", "acept", "confirm", "asist", "va", "si")),
    (InvitationStatus.DECLINED, ("declin", "rechaz", "no")),
    (InvitationStatus.DELEGATED, ("delega", "represent")),
)


def invitation_name(invitation: Invitation) -> str:
    """`Cena aniversario (Rotary Club)`: its title and who invites, unless the title says it already; the words it
    is named by wherever it is shown."""
    return with_organizer(invitation.title, invitation.organizer)


def with_organizer(title: str, organizer: str | None) -> str:
    """A title with who invites after it, unless the title names them already («aniversario (Club de Leones de
    Osorno)», but «Aniversario del Rotary» stays as is): an invitation, or the activity one put on the agenda."""
    return title + (f" ({organizer})" if organizer and fold(organizer) not in fold(title) else "")


def response_slot(value: Any) -> InvitationStatus | None:
    """`accepted`/`declined`/`delegated` as the parser gives them, or the Spanish words a person types."""
    if value in (None, ""):
        return None
    words = _words(str(value))
    first = words[0] if words else ""
    for status, stems in RESPONSE_STEMS:
        if any(first == stem or (len(stem) > 3 and first.startswith(stem)) for stem in stems):
            return status
    raise SlotError("Indique si acepta, declina o delega la invitación.")


def _words(text: str) -> list[str]:
    return reference_match.words(text, FILLER)


def _described(invitation: Invitation) -> str:
    described = " ".join(filter(None, (invitation.organizer, invitation.title, invitation.place)))
    return described + (" " + day_text(invitation.day) if invitation.day is not None else "")


def best_matches(reference: str, invitations: list[Invitation]) -> list[Invitation]:
    """The invitations matching the most words of `reference` (none when no word matches), in the given order."""
    return reference_match.best_matches(reference, invitations, _described, FILLER)
