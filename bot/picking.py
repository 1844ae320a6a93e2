"""Which item of a numbered list an answer means: «2», «el 2», «la segunda», «la última», «la cena».

A number or an ordinal picks by position; other words pick the items whose label holds all of them
(folded, prefixes and small typos allowed, as `handlers.reference_match` does for records). Several
items fitting is not a pick: the caller asks again listing only those.
"""

from __future__ import annotations

import re

from bot.dialogue_words import COURTESY, NO_WORDS, PICK_HEDGES, YES_WORDS, is_thanks
from handlers.pointing import POINTING, place
from handlers.reference_match import word_matches, words
from nlu.gazetteer import load as gazetteer

FILLER = frozenset({"a", "al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "para", "por", "que", "su",
                    "un", "una", "y", "opcion", "numero", "nro", "n", "no", "quiero", "elijo", "es", "esa", "ese",
                    "esta", "este", "mejor", "si", "ok", "ya", "dale", "porfa", "favor", "gracias", "item",
                    "seria", "sea", "donde", "uno", "otra", "otro"})
MAX_NAMING = 3
"""Naming words an answer that picks holds at most; more are a request of its own."""
NUMBER = re.compile(r"^\D{0,20}?(\d{1,3})\D{0,12}$")


def pick(text: str, labels: tuple[str, ...], count: int) -> list[int]:
    """Indexes (0-based) of the items the answer fits: one is a pick, several ask again, none is not an answer."""
    said = words(text, frozenset())
    position = _position(text, [word for word in said if word not in PICK_HEDGES], count)
    if position is not None:
        return [position]
    wanted = naming(said)
    if not wanted or not labels:
        return []
    fitting = []
    for index, label in enumerate(labels[:count]):
        described = words(label, FILLER)
        if all(any(word_matches(each, word) for word in described) for each in wanted):
            fitting.append(index)
    return fitting


def the_only_one(text: str, count: int) -> bool:
    """«sí», «sí, esa», «esa misma» said to a list of one («¿Es alguna de estas? 1. …»): that one, which the answer
    neither numbers nor names; a «no» or a thanks picks nothing."""
    said = words(text, frozenset())
    if count != 1 or not said or is_thanks(text) or any(word in NO_WORDS for word in said):
        return False
    agreeing = YES_WORDS | (POINTING - {"no", "n", "nro", "numero", "opcion"})
    return any(word in agreeing for word in said) and all(
        word in agreeing or word in FILLER or word in COURTESY for word in said)


def naming(said: list[str]) -> list[str]:
    """The words of an answer that name an item («marta» of «el de la señora Marta»): no filler, no title."""
    return [word for word in said if word not in FILLER and word not in PICK_HEDGES and not _names_nobody(word)]


def picks_by_name(text: str) -> bool:
    """An answer short in the words that name («el de la señora Marta», «la del club de rodeo»), however many small
    words and titles lead to them: it may pick from a list, as «el 2» does."""
    return 0 < len(naming(words(text, frozenset()))) <= MAX_NAMING


def _names_nobody(word: str) -> bool:
    """A courtesy title («el de don Jorge») or a lone letter as chat spells a small word («el d Jorge») names no
    item: the labels hold the name, seldom its title."""
    return len(word) == 1 or word in gazetteer().honorifics


def _position(text: str, said: list[str], count: int) -> int | None:
    found = NUMBER.match(text.strip())
    if found and len(said) <= 4:
        number = int(found.group(1))
        return number - 1 if 1 <= number <= count else None
    if len(said) > 4:
        return None
    return next((index for index in (place(word, count) for word in said) if index is not None), None)
