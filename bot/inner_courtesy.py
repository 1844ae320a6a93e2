"""Courtesy said between a request's verb and what it takes («invita xfa a la concejala Rojas a la ceremonia»,
«agenda porfa una reunión con …»): every reader expects the verb to meet its object («invita a», «agenda una»), so
the courtesy word is left out before the message is read. The words are data (`inner_courtesy` in
bot/dialogue_words.toml); only the word right after the opening one goes, so a «por favor» that closes the message
or stands inside a title stays where it is.
"""

from __future__ import annotations

import re

from bot.dialogue_words import INNER_COURTESY
from nlu.phrases import alternation
from storage.folding import fold_letters

AFTER_VERB = re.compile(rf"^(\W*\w+)\s*,?\s+{alternation(INNER_COURTESY)}\s*,?(?=\s+\w)", re.IGNORECASE)
"""The opening word, then a courtesy word with the commas around it, then more words."""


def without_inner_courtesy(text: str) -> str:
    """The message without the courtesy word said right after its opening verb."""
    found = AFTER_VERB.match(fold_letters(text))
    return text if found is None else text[:found.end(1)] + text[found.end():]
