"""Case- and accent-free text, so that `Núñez` is found by `nunez`."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9@.+]+")


def fold(text: str | None) -> str:
    """Lower case, accents removed (ñ becomes n), punctuation collapsed to single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", plain).strip()


def fold_letters(text: str) -> str:
    """Lower case, accents removed, letter for letter: positions found in it hold in the text as typed (so a phrase
    found folded can be cut out of what the user wrote, keeping the rest as written)."""
    return "".join(plain if len(plain := "".join(part for part in unicodedata.normalize("NFKD", char.lower())
                                                  if not unicodedata.combining(part))) == 1 else char
                   for char in text)
