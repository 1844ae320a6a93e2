"""Words a writer takes back in the same message («al desayuno del miércoles, no perdón, jueves 13», «encargado de
deportes del municipio, perdón, del IND», «a las 10 digo 11», «la cena, o sea el almuerzo de camaradería»): the words
taken back and the mark that takes them back are blanked before anything reads the message, so every rule reads
only the value meant.

What is taken back is found by the words that open the new value (`correction_heads`, data in
nlu/gazetteers/commands.toml): a new value that opens with one of them («del IND») replaces from the last same word
before the mark («del municipio»); one that opens otherwise («jueves 13») replaces what follows the nearest of them
(«del miércoles» keeps «del»). Nothing is taken back when no such word stands near enough before the mark: «perdón
por la hora» apologises.
"""

from __future__ import annotations

import re
from functools import cache

from nlu.gazetteer import load
from nlu.normalize import Text, replaced

REACH = 3
"""The most words a correction takes back past its nearest head: a value, not a sentence."""
HEAD_REACH = 7
"""The most words a correction opening with a head takes back to the same head: a title or a place said again
(«a la fiesta de la vendimia…, perdón, al lanzamiento…»)."""
WORD = re.compile(r"[a-z0-9]+")
PAUSE = r"(?:,|\.{2,}|\s-)"
"""What a mark follows: a comma, an ellipsis («vendimia... perdón»), a dash."""


@cache
def _marks(headed: bool = False) -> re.Pattern[str]:
    """The marks that take back any value, or (`headed`) only one said again with its head."""
    said = sorted(load().headed_corrections if headed else load().self_corrections, key=len, reverse=True)
    return re.compile(r"(?:" + PAUSE + r"\s*(?:no\s*,?\s*)?|(?<![a-z])no\s*,?\s+)(?:"
                      + "|".join(re.escape(s) for s in said)
                      + r")(?![a-z])(?:\s*" + PAUSE + r")?\s*")


NUMBER_AGAIN = re.compile(r"(?:(?:el|la|los|las|del|al|de|a|n|nro|numero)\s+)?(?P<number>\d+)(?![\d:./-]|\s+\d)")
"""«el reclamo 12, no, el 11», «la solicitud 40... perdón, 41»: a number said again, alone or after its article."""
BARE_NO = re.compile(PAUSE + r"\s*no\s*,\s*")
"""«…a la Virgen del Carmen... no, al Regimiento Yungay»: a «no» between pauses takes back a value said again with
the same head (a bare «no» may deny without correcting, so only then)."""


def corrected(text: Text) -> Text:
    """`text` with the words taken back, and the mark taking them back, blanked."""
    norm = text.norm
    if not any(pause in norm for pause in (",", "no ", "..", " -")):  # «hola» never reads the gazetteer
        return text
    if not any(word in norm for word in (*load().self_corrections, *load().headed_corrections)) \
            and BARE_NO.search(norm) is None:
        return text
    pieces: list[tuple[int, int, str]] = []
    marks = sorted([(m, False) for m in _marks().finditer(norm)] + [(m, True) for m in BARE_NO.finditer(norm)]
                   + [(m, True) for m in _marks(headed=True).finditer(norm)], key=lambda found: found[0].start())
    for mark, bare in marks:
        span = _number_said_again(norm, mark.start(), mark.end())
        start = span[0] if span else _taken_back(norm, mark.start(), mark.end(), bare)
        if start is not None and (not pieces or pieces[-1][1] <= start):
            pieces.append((start, span[1] if span else mark.end(), " "))
    if not pieces:
        return text
    gone = tuple(text.span(start, end) for start, end, _ in pieces)
    return replaced(text, pieces)._replace(taken_back=text.taken_back + gone)


def _number_said_again(norm: str, mark: int, value: int) -> tuple[int, int] | None:
    """«el reclamo 12, no, el 11»: a number taken back by another said alone; what goes is the old number, the mark
    and the new one's article, so the new number stands where the old one stood («el reclamo 11»). A number among
    others (a phone, «9 8765 4321») is no value of its own."""
    new = NUMBER_AGAIN.match(norm, value)
    old = list(WORD.finditer(norm, max(0, mark - 40), mark))[-2:]
    if new is None or not old or not old[-1].group().isdigit() or old[-1].end() != len(norm[:mark].rstrip(" .,-")):
        return None
    if len(old) == 2 and old[0].group().isdigit():
        return None
    return old[-1].start(), new.start("number")


def _taken_back(norm: str, mark: int, value: int, bare: bool = False) -> int | None:
    """Where the words taken back by the mark at `mark` begin, the new value starting at `value`; None if the mark
    takes nothing back (a `bare` «no» takes back only a value said again with its head)."""
    new = WORD.match(norm, value)
    if new is None or (bare and new.group() not in load().correction_heads):
        return None
    said = load()
    heads = said.correction_heads
    clause = max(norm.rfind(stop, 0, mark) for stop in ".;:") + 1
    words = list(WORD.finditer(norm, clause, mark))
    before = words[-(REACH + 1):]
    if len(before) < 2:
        return None
    if new.group() in heads:
        kin = said.correction_kin.get(new.group(), ())
        same = [w for w in words[-(HEAD_REACH + 1):] if w.group() == new.group()
                or any(norm.startswith(phrase + " ", w.start()) for phrase in kin)]
        if not same and new.group() in said.articles:  # «la cena, o sea el almuerzo»: a name said again
            same = [w for w in before if w.group() in said.articles]
        return same[-1].start() if same else None
    opening = [i for i, w in enumerate(before) if w.group() in heads]
    if not opening or opening[-1] == len(before) - 1:
        return None
    return before[opening[-1] + 1].start()
