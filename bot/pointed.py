"""«¿en qué va ese reclamo?», «¿cuándo vence esa solicitud?»: a question about the record in focus that points at it
with a demonstrative and its kind's noun instead of naming it."""

from __future__ import annotations

from handlers.focus import Focus, Ref
from handlers.pointing import POINTING
from handlers.reference_match import words
from nlu.understanding import Understanding

UNREAD = ("unknown", "help")


def pointed_in_focus(shown_by: dict[str, tuple[str, str]], focus: Focus, said: str,
                     understanding: Understanding) -> Ref | None:
    """The last record in focus of the kind the question asks about, when the words after the question point
    («ese», «esa») and the understanding names nothing of its own (no ticket, no name): only its kind's noun."""
    if not POINTING.intersection(words(said)) or any(understanding.slots.values()):
        return None
    if understanding.intent in UNREAD:
        return focus.last()
    family = understanding.intent.partition(".")[0]
    kinds = {entity for entity, (intent, _) in shown_by.items() if intent.partition(".")[0] == family}
    return next((ref for ref in reversed(focus.records) if ref.entity in kinds), None)
