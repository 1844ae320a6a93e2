"""Punctuation said aloud in a dictated message («agenda reunión con el director coma el jueves a las diez coma en
su oficina punto») written as the marks it stands for, before anything reads the message: every rule that cuts at
a comma or a period (places after a comma, titles, organizers, clauses) then reads a dictated message as a typed
one. The words are data (`[dictated_marks]` in nlu/gazetteers/commands.toml), read only when a message holds one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from nlu.gazetteer import load
from nlu.normalize import Text, replaced

KEYS = ("coma", "punto")
"""A word every dictated mark holds: a message with neither is left as it is without reading the gazetteer."""
NEXT_WORD = re.compile(r"\s*([a-z]+)")


@cache
def _marks() -> re.Pattern[str]:
    said = sorted(load().dictated_marks, key=len, reverse=True)
    return re.compile(r"\s*(?<![a-z])(" + "|".join(re.escape(s) for s in said) + r")(?![a-z])")


def punctuated(text: Text) -> Text:
    """`text` with each punctuation word said aloud replaced by its mark, and the space before it dropped; the mark
    keeps the word's place in the original, so spans still point into what was written."""
    pieces = _said_marks(text)
    return replaced(text, pieces) if pieces else text


def written(text: Text, data: Sequence[tuple[int, int, str]] = ()) -> str:
    """The original message with each punctuation word said aloud written as its mark, and each datum said in words
    (`data`, spans of the folded text: an e-mail, a phone, a house number) as typed: what the conversation reads («sí
    coma guárdala punto» is a yes, «el teléfono es … punto» a detail), as typed words untouched."""
    marks = [mark for mark in _said_marks(text) if not any(a < mark[1] and mark[0] < b for a, b, _ in data)]
    out, cursor = [], 0
    for start, end, mark in sorted([*marks, *data]):
        begin, stop = text.span(start, end)
        out += [text.original[cursor:begin], mark]
        cursor = stop
    return "".join(out) + text.original[cursor:] if out else text.original


def _said_marks(text: Text) -> list[tuple[int, int, str]]:
    """Each punctuation word said aloud, as (start, end) of the folded text with the blank before it, and its mark.
    «el punto», «punto de prensa», «un coma» are words (`not_mark_after`, `not_mark_before`)."""
    norm = text.norm
    if not any(key in norm for key in KEYS):
        return []
    g = load()
    pieces: list[tuple[int, int, str]] = []
    for match in _marks().finditer(norm):
        before = norm[:match.start(1)].split()
        after = NEXT_WORD.match(norm, match.end())
        if (before and before[-1] in g.not_mark_after) or (after and after.group(1) in g.not_mark_before):
            continue
        pieces.append((match.start(), match.end(), g.dictated_marks[" ".join(match.group(1).split())]))
    return pieces
