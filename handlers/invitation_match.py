"""Which invitation "la del Rotary" or "la cena de la Cámara" means, and which answer "acepta" gives.

People name an invitation by a few words of its organizer, title, place or day, without accents,
abbreviated or misspelt; the invitations that match the most of those words win.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import Levenshtein

from handlers.agenda_slots import SlotError
from handlers.format import day_text
from storage.folding import fold
from storage.models import Invitation, InvitationStatus

FILLER = frozenset(("a", "al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "para", "por", "que", "su",
                    "un", "una", "y", "invitacion", "invitaciones", "evento", "actividad"))

RESPONSE_STEMS = (
    (InvitationStatus.ACCEPTED, ("accept", "acept", "confirm", "asist", "va", "si")),
    (InvitationStatus.DECLINED, ("declin", "rechaz", "no")),
    (InvitationStatus.DELEGATED, ("delega", "represent")),
)


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
    return [word for word in fold(text).split() if word not in FILLER]


def _word_matches(wanted: str, word: str) -> bool:
    """Same word, a beginning of it (`cam` for `camara`), or one typo (two in a long word)."""
    if wanted == word or (len(wanted) >= 3 and word.startswith(wanted)):
        return True
    if len(wanted) < 5 or abs(len(wanted) - len(word)) > 2:
        return False
    return Levenshtein.distance(wanted, word) <= (2 if len(wanted) >= 8 else 1)


def _score(wanted: list[str], invitation: Invitation) -> int:
    described = " ".join(filter(None, (invitation.organizer, invitation.title, invitation.place)))
    if invitation.day is not None:
        described += " " + day_text(invitation.day)
    words = set(_words(described))
    return sum(any(_word_matches(each, word) for word in words) for each in wanted)


def best_matches(reference: str, invitations: list[Invitation]) -> list[Invitation]:
    """The invitations matching the most words of `reference` (none when no word matches), in the given order."""
    wanted = _words(reference)
    scores = [_score(wanted, invitation) for invitation in invitations]
    best = max(scores, default=0)
    return [invitation for invitation, score in zip(invitations, scores, strict=True) if best and score == best]
