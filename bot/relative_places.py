"""A move of the record in focus to a place named only against the one stored («se pasó pal otro salón», «la
cambiaron a la otra sala», «al final es en el otro salón»).

«otro salón» names no room the office could find: read as a place it would be stored as the new place, and read by
its verb alone («pasó») it may even be taken for a cancellation. The move is the record's change with no value yet,
so its handler asks what changes (and the answer, «al salón chico», is read as any change is). The words are data
(`relative_place*` in bot/dialogue_words.toml).
"""

from __future__ import annotations

import re

from bot.dialogue_words import RELATIVE_NOT_PLACES, RELATIVE_PLACE, RELATIVE_PLACE_LEADS, RELATIVE_PLACE_MOVES
from handlers.focus import Focus
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold

CHANGES = {"event": ("event.update", "event_id"), "invitation": ("invitation.update", "invitation_id")}
"""For each kind of record that has a place: its change and the slot of its number."""
MOVED = re.compile(rf"\b{alternation(RELATIVE_PLACE_MOVES)}\b.*?\b{alternation(RELATIVE_PLACE_LEADS)}\s+"
                   rf"{alternation(RELATIVE_PLACE)}\s+(?P<noun>\w+)\W*$")
"""The verb of the move, then «pal otro salón» closing the message."""


def moved_to_another(focus: Focus, text: str) -> Understanding | None:
    """The change of the record in focus, with no new value, when `text` moves it to «the other» place; `None`
    otherwise."""
    last = focus.last()
    found = MOVED.search(fold(text))
    if last is None or last.entity not in CHANGES or found is None or found.group("noun") in RELATIVE_NOT_PLACES:
        return None
    intent, number = CHANGES[last.entity]
    return Understanding(intent, slots={number: last.id})
