"""«Corrección: no es ceremonia, es el desfile naval», «no era almuerzo, es una cena», «corrige: no es inauguración
sino lanzamiento»: a word of the stored record's name taken back and another put in its place.

Neither word is a command, a day or a place, so the scorer has nothing to go on («No entendí»). The word taken back
must be in the name of the record in focus: then the record gets the name with the new word in its place, through
its own change (`bot.renames.CHANGES`), previewed, audited and undoable. A word not in its name says something else
(«no es de aseo, es de la DOM» moves a complaint).
"""

from __future__ import annotations

import re
from typing import Any

from bot.answers import TRAILING_COURTESY
from bot.dialogue_words import CORRECTION_HEADS, INTERJECTIONS, LEAD_WORDS, SWAP_ARTICLES, SWAP_DENIALS, SWAP_LEADS
from bot.renames import CHANGES
from handlers.context import Context
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold_letters
from storage.models import Efemeride, Event, Invitation

NAMED = {"event": Event, "invitation": Invitation, "efemeride": Efemeride}
"""The kinds of record whose name is a title, which a word may be swapped in."""
_ARTICLE = rf"(?:(?:{alternation(SWAP_ARTICLES)})\s+)?"
SWAP = re.compile(
    rf"^\W*(?:(?:{alternation(LEAD_WORDS | INTERJECTIONS | CORRECTION_HEADS)})\W+)*"
    rf"(?:{alternation(SWAP_DENIALS)})\s+{_ARTICLE}(?P<old>[^,;:.]+?)\s*[,;:.]?\s+"
    rf"(?:{alternation(SWAP_LEADS)})\s+{_ARTICLE}(?P<new>[^,;:.]+?)\s*[.!]*$")
"""«no es X, es el Y», «no era un X sino una Y», after a correction head or an interjection."""


def swapped_name(ctx: Context, text: str) -> Understanding | None:
    """The change that gives the record in focus its name with the word taken back replaced, or None when the
    message takes back no word of its name."""
    kept = TRAILING_COURTESY.sub("", text)
    found = SWAP.match(fold_letters(kept))
    last = ctx.focus.last()
    model = NAMED.get(last.entity) if last is not None else None
    record: Any = ctx.session.get(model, last.id) if model is not None and last is not None else None
    if found is None or record is None:
        return None
    old = re.search(rf"(?<!\w){re.escape(found.group('old'))}(?!\w)", fold_letters(record.title))
    if old is None:
        return None
    title = f"{record.title[:old.start()]}{kept[found.start('new'):found.end('new')]}{record.title[old.end():]}"
    intent, slot, number = CHANGES[last.entity]
    return Understanding(intent, slots={slot: title, number: last.id})
