"""«¿con qué dirección quedó?», «q fono le quedó?», «¿dónde quedó al final el acto?», «¿le quedó el fono?», «y la
dirección, ¿cómo quedó?»: a question about a detail of a record just stored, shown, changed or brought back by
«deshacer».

Such a question names no record of its own, or names one in focus by the words it is shown with; alone, its words
read as a contact search («fono … quedó») or as a change («quedó al final» taken for a new place). The answer is the
detail asked for, in one line after the record's short name (`bot.dialogue_words.asked_detail`,
`handlers.record_detail`); a question that names no single detail («¿quedó bien?») shows the record whole. It is
either a question the record's short questions start (`bot.about_it`) followed by framing words or a name, or, in
any order, a detail's noun and «quedó» with nothing else but framing, values and a name. Words after it that name
nothing in focus leave the question to the rest of the conversation (a search, a look-up of another record).
"""

from __future__ import annotations

import re

from bot.about_it import AboutIt
from bot.shown_again import named_in_focus
from handlers.focus import Focus, Ref
from handlers.pointing import POINTING
from handlers.reference_match import words
from nlu.vocabulary import Vocabulary
from storage.folding import fold

FRAMING = ("afterwords", "openers", "questions", "clitics", "stored_as")
"""The lexicon's `about_*` lists of words that frame such a question without naming anything."""


def asked_in_focus(about: AboutIt, vocabulary: Vocabulary, focus: Focus, text: str) -> Ref | None:
    """The record in focus a detail question asks about: the last one when nothing but framing words («al final»,
    «la vecina», «el reclamo») is said besides the question, else the one record in focus those words pick."""
    if not (focus.records or focus.listed):
        return None
    question = about.match(text)
    said = _blanked(vocabulary, fold(text[question.end():]), FRAMING) if question else _unordered(vocabulary, text)
    if said is None:
        return None
    naming = [word for word in words(said) if word not in POINTING and not word.isdigit()]
    if not naming:
        return focus.last()
    return named_in_focus(focus, " ".join(naming))


def _unordered(vocabulary: Vocabulary, text: str) -> str | None:
    """What a question holding a detail's noun and «quedó», in any order, says besides them and its framing."""
    if not re.search(r"[?¿]", text):
        return None
    rest = _blanked(vocabulary, fold(text), ("detail_nouns", "stored"), needed=True)
    return _blanked(vocabulary, rest, FRAMING) if rest is not None else None


def _blanked(vocabulary: Vocabulary, folded: str, names: tuple[str, ...], needed: bool = False) -> str | None:
    """`folded` with the phrases of each `about_*` list named blanked out: every one of them, so that what is left
    names the record if anything does; or, when each list is `needed` (a detail's noun and «quedó»), the first of
    each, and None when one of them is not there."""
    for name in names:
        found = list(vocabulary.slot(f"about_{name}").finditer(folded))
        if needed and not found:
            return None
        for phrase in reversed(found[:1] if needed else found):
            folded = f"{folded[:phrase.start()]} {folded[phrase.end():]}"
    return folded
