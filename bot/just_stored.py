"""A correction with no verb right after a record was stored: «misma hora pero el viernes», «mejor a las 11»,
«no, en el salón».

Said while the proposal waited, such words amend it; said a moment after «sí», they mean the same thing about the
record just stored, which is no longer a proposal. They are read as its change (a preview to confirm, audited and
undoable like any other), instead of «No entendí».
"""

from __future__ import annotations

from datetime import datetime

from bot.corrections import amendments
from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding

CHANGES = {"event": "event.update", "invitation": "invitation.update"}
"""The change of each kind of record that a bare correction can be about."""
CORRECTED = frozenset({"date", "time", "place"})
"""What a verb-less correction changes: when and where; a name or a title needs words that say so."""


def change_of_stored(parser: Parser, focus: Focus, text: str, now: datetime) -> Understanding | None:
    """The change of the record in focus that `text` names, when it only names a new day, hour or place."""
    last = focus.last()
    intent = CHANGES.get(last.entity) if last is not None else None
    if intent is None:
        return None
    changes = amendments(parser, intent, {}, text, now)
    if not changes or not set(changes) <= CORRECTED:
        return None
    return Understanding(intent, slots=changes)
