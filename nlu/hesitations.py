"""Hesitations of a voice note («agéndale al alcalde ehh una visita a las obras», «invitación del sindicato de
pescadores eh para la bendición»): a transcript keeps the sounds a speaker makes while thinking, and every rule
that cuts a title, an organizer or a place would keep them as words. They are blanked, with the pause after them,
before anything reads the message, and taken back from what the slots give (`Text.taken_back`). The words are data
(`[hesitations]` in nlu/lexicon/es.toml).
"""

from __future__ import annotations

import re
from functools import cache

from nlu import lexicon
from nlu.normalize import Text, fold, replaced

WORD = re.compile(r"(?<![a-z0-9@.\-])[a-z]+(?![a-z0-9@\-])")
LONG_RUN = re.compile(r"([a-z])\1{2,}")
"""A letter held three times or more («ehhhh»): said as two, so that the list names each sound once."""
PAUSE_AFTER = re.compile(r"\s*(?:,|\.{2,})")
"""The comma or the ellipsis a hesitation trails off into («ehh... una visita»)."""


@cache
def _said() -> tuple[frozenset[str], frozenset[str]]:
    """The hesitations said anywhere, and those that are one only before a pause."""
    words = lexicon.load()["hesitations"]
    return frozenset(words["always"]), frozenset(words["before_pause"])


def hushed(text: Text) -> Text:
    """`text` with each hesitation, and the pause after it, blanked and taken back."""
    always, before_pause = _said()
    pieces: list[tuple[int, int, str]] = []
    for match in WORD.finditer(text.norm):
        said = LONG_RUN.sub(r"\1\1", fold(text.source(*match.span())))
        pause = PAUSE_AFTER.match(text.norm, match.end())
        if said in always or (pause is not None and said in before_pause):
            pieces.append((match.start(), pause.end() if pause else match.end(), " "))
    if not pieces:
        return text
    gone = tuple(text.span(start, end) for start, end, _ in pieces)
    return replaced(text, pieces)._replace(taken_back=text.taken_back + gone)
