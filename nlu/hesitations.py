"""Hesitations of a voice note («agéndale al alcalde ehh una visita a las obras», «invitación del sindicato de
pescadores eh para la bendición», a word said twice across a pause: «vive en, en pasaje…»): a transcript keeps the
sounds a speaker makes while thinking, and every rule that cuts a title, an organizer or a place would keep them as
words. They are blanked, with the pause after them,
before anything reads the message, and taken back from what the slots give (`Text.taken_back`). The words are data
(`[hesitations]` in nlu/lexicon/es.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from nlu.normalize import Text, fold, replaced

WORD = re.compile(r"(?<![a-z0-9@.\-])[a-z]+(?![a-z0-9@\-])")
LONG_RUN = re.compile(r"([a-z])\1{2,}")
"""A letter held three times or more («ehhhh»): said as two, so that the list names each sound once."""
PAUSE_AFTER = re.compile(r"\s*(?:,|\.{2,})")
"""The comma or the ellipsis a hesitation trails off into («ehh... una visita»)."""
SAID_AGAIN = re.compile(r"\s*(?:,|\.{2,})\s*([a-z]+)(?![a-z0-9@\-])")
"""A word said again after a pause, as a speaker restarts («vive en, en pasaje Los Notros», «es la, la doctora»):
the first saying and the pause go, or the pause would cut the clause in two."""
PAUSE_BEFORE = re.compile(r",\s*$")
"""The comma that opens a hesitation said as an aside («el seremi de, este, salud»): with the pause after it, both
go, or the first would cut the name at «de»."""


class Hesitations:
    """Built once by the parser from its own lexicon, like its other readers (a temporary lexicon is obeyed too)."""

    def __init__(self, words: Mapping[str, Sequence[str]]) -> None:
        self.always = frozenset(words["always"])
        """Hesitations wherever they are said."""
        self.before_pause = frozenset(words["before_pause"])
        """Hesitations only before a pause («este... la reunión»); elsewhere words («este jueves»)."""
        self.sounds = self.always | self.before_pause

    def __call__(self, text: Text) -> Text:
        """`text` with each hesitation, and the pause after it, blanked and taken back.

        When the normalizer found the message's runs of letters (`Text.letters`: every character folded to one and
        every word stayed as written), each word reads in `norm` as it was said, so a message none of whose words
        is a hesitation is settled by one set test, and one that has some («este fin de semana») reads its words
        from `norm` instead of folding each again: most messages have none."""
        as_written = text.letters is not None
        if as_written and self.sounds.isdisjoint(text.letters):
            return text
        pieces: list[tuple[int, int, str]] = []
        for match in WORD.finditer(text.norm):
            said = match.group() if as_written else LONG_RUN.sub(r"\1\1", fold(text.source(*match.span())))
            if said not in self.sounds:
                continue
            pause = PAUSE_AFTER.match(text.norm, match.end())
            if said in self.always or pause is not None:
                end = pause.end() if pause else match.end()
                pieces.append((self._start(text.norm, match.start(), pause), end, " "))
            elif (again := SAID_AGAIN.match(text.norm, match.end())) and again.group(1) == match.group():
                pieces.append((match.start(), again.start(1), " "))
        if not pieces:
            return text
        gone = tuple(text.span(start, end) for start, end, _ in pieces)
        return replaced(text, pieces)._replace(taken_back=text.taken_back + gone)

    @staticmethod
    def _start(norm: str, start: int, pause: re.Match[str] | None) -> int:
        """Where the hesitation begins: at the comma before it when a pause closes it too (an aside between commas)."""
        opening = PAUSE_BEFORE.search(norm, 0, start) if pause is not None and "," in pause.group() else None
        return opening.start() if opening else start
