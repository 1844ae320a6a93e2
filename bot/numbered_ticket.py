"""«estado del 1», «cómo está el 3», «¿y el 2?» right after a complaint was shown, stored or closed: the bare number
is a ticket of that kind (this year's), not a day of the month nor the last listing asked again.

The number is read as a ticket only when nothing else is said but the words that may stand around a ticket said
alone (`ticket_alone_noise`), and the record in focus is of a kind shown by its ticket. A list shown last keeps
its own reading: there «el 2» picks its second item.
"""

from __future__ import annotations

import re

from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

BARE_NUMBER = re.compile(r"(?<![\w/.:-])\d{1,4}(?![\w/.:-])")
WORD = re.compile(r"[a-z]+")
TICKET_SLOT = "ticket"


def numbered_ticket(parser: Parser, shown_by: dict[str, tuple[str, str]], focus: Focus,
                    text: str) -> Understanding | None:
    """The look-up of the ticket whose number the message says alone, of the kind in focus; None otherwise."""
    last = focus.last()
    if last is None or focus.list_last or shown_by.get(last.entity, ("", ""))[1] != TICKET_SLOT:
        return None
    folded = fold(text)
    numbers = BARE_NUMBER.findall(folded)
    if len(numbers) != 1 or not set(WORD.findall(folded)) <= parser.vocabulary.words["ticket_alone_noise"]:
        return None
    intent = shown_by[last.entity][0]
    return Understanding(intent, {TICKET_SLOT: numbers[0]})
