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
