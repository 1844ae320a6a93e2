"""Folded phrases of the dialogue word lists turned into regex text that takes them as staff type them, with or
without accents: one table for the correction readers, which match the typed message (its spans are the values
they keep) rather than a folded copy of it."""

from __future__ import annotations

from collections.abc import Iterable

ACCENTED = str.maketrans({"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]"})


def as_typed(phrases: Iterable[str]) -> str:
    """Folded phrases as one alternation, longest first so the fullest wins, each word with or without accents."""
    return "|".join(r"\s+".join(word.translate(ACCENTED) for word in phrase.split())
                    for phrase in sorted(phrases, key=len, reverse=True))
