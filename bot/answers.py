"""An answer to a preview, read as an answer: its yes or no, and whatever else it says.

«sí, pero a las 19» is a yes that carries a correction; «no, a las 19» a no that carries one; «no,
mejor lo dejamos» only a no. The leading answer words (and connectors such as «pero») are cut off
so that what follows is read as a correction, and they never reach a slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corrections import restated
from bot.dialogue_words import (
    COURTESY,
    INTERJECTIONS,
    LEAD_WORDS,
    NO_WORDS,
    RECONSIDERING,
    YES_LEADS,
    YES_WORDS,
    Control,
    control_word,
    is_save_verb,
    plain_word,
    promises_later,
)
from storage.folding import fold

TRAILING_COURTESY = re.compile(r"(?:[\s,.;!]*(?:muchas\s+|mil\s+)?"
                               r"(?:gracias|por\s+favor|porfa(?:vor)?|pf|po|please|xfa))+[\s.!]*$", re.IGNORECASE)
"""«basura en la esquina, gracias»: the thanks at the end are not part of the answer."""
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
CLAUSE_BREAK = re.compile(r"[,;.:!]+")
NOT_A_REASON = NO_WORDS | COURTESY | INTERJECTIONS
"""Words beside a «no» that give no reason of their own for it («no po», «mmm no», «ay no»)."""
KEEP = frozenset({"en", "es", "a", "el", "la"})
COPULAS = frozenset({"es", "era", "sera"})
"""Lead words that may start the correction itself («en el gimnasio», «el jueves»): kept when they come last."""


@dataclass(frozen=True)
class Answer:
    control: Control | None
    """YES or NO when the message opens with one (or is only one), else None."""
    rest: str
    """What the message says besides its answer words, in the user's spelling; empty for a bare answer."""


def read_answer(text: str) -> Answer:
    whole = control_word(text)
    if whole is not None:
        return Answer(whole, "")
    if promises_later(text):  # «ya te confirmo»: its «ya» and «confirmo» promise an answer, they give none
        return Answer(None, text)
    tokens = list(TOKEN.finditer(text))
    control: Control | None = None
    cut = 0
    for token in tokens:
        word = plain_word(fold(token.group()))
        if word not in LEAD_WORDS and not is_save_verb(word):
            break
        if control is None:
            control = _control_of(word, first=token.start() == 0)
        cut = token.end()
    rest = text[cut:] if cut else text
    rest = _give_back(text, tokens, cut, rest)
    return Answer(control, TRAILING_COURTESY.sub("", rest).strip(" ,.;:!¡?¿-—\t"))


def _control_of(word: str, first: bool) -> Control | None:
    """«no» anywhere in the opening; «ya» only first («ya, dale»), since «ya lo limpiaron» says something else."""
    if word in NO_WORDS:
        return Control.NO
    if word == "ya":
        return Control.YES if first else None
    return Control.YES if (word in YES_WORDS or is_save_verb(word)) and word != "bien" else None


def _give_back(text: str, tokens: list[re.Match[str]], cut: int, rest: str) -> str:
    """Hand back the last lead words that begin the correction: «no, es en el gimnasio» keeps «en el gimnasio»."""
    taken = [token for token in tokens if token.end() <= cut]
    start = len(taken)
    while start > 0 and fold(taken[start - 1].group()) in KEEP:
        start -= 1
    if 0 < start < len(taken) and fold(taken[start - 1].group()) in NO_WORDS and fold(taken[start].group()) in COPULAS:
        start -= 1  # «no es en el gimnasio sino en la sede»: that «no» denies the old place, it answers nothing
    else:
        start = _denial_restated(text, taken, start)
    if start < len(taken):
        return text[taken[start].start():]
    return rest


def _denial_restated(text: str, taken: list[re.Match[str]], start: int) -> int:
    """«no era el viernes era el lunes», «no en el patio en el gimnasio»: a «no» (and its copula) that denies the old
    value before the new one is said again the same way is part of the correction; it answers nothing."""
    at = start
    while at > 0 and fold(taken[at - 1].group()) in COPULAS:
        at -= 1
    if at > 0 and fold(taken[at - 1].group()) in NO_WORDS and len(restated(text[taken[at - 1].start():])) > 1:
        return at - 1
    return start


def dismissed(text: str) -> bool:
    """«no, cancela, todavía no confirman», «no, déjalo, el alcalde no va»: a «no» said in words of its own first,
    then a reason; the reason is not read as a request («cancela» cancels the proposal, not an activity). A bare
    «no» before a correction («no, a las 19»), or one said with courtesy only («no po, no es en el gimnasio sino
    en el salón»), is not a dismissal by itself."""
    clauses = CLAUSE_BREAK.split(text)
    for count in range(1, len(clauses)):
        head = ", ".join(clauses[:count])
        own = [word for word in map(plain_word, TOKEN.findall(fold(head))) if word not in NOT_A_REASON]
        if own and control_word(head) in (Control.NO, Control.CANCEL):
            return True
    return False


def after_opening(text: str) -> str | None:
    """What follows an opening of answer words and interjections («jaja ya. q tiene el alcalde mañana», «ok dale,
    agenda …», «pensándolo bien, cancela …»), or None when the message does not open so or says nothing else. With
    nothing pending those words answer nothing, and left in they would spoil what the request says."""
    tokens = list(TOKEN.finditer(text))
    cut = None
    for token in tokens:
        word = plain_word(fold(token.group()))
        if word in YES_LEADS:
            continue  # «ahora sí, fono del seremi»: part of the opening only when a yes word follows it
        if word not in YES_WORDS | INTERJECTIONS | RECONSIDERING:
            break
        cut = token.end()
    rest = text[cut:].strip(" ,.;:!¡-—\t") if cut is not None else ""
    return rest or None
