"""Which record a few words mean ("la del Rotary", "el día del bombero"), for any kind of record.

People name a record by a few words of how it reads, without accents, abbreviated or misspelt; the
records that match the most of those words win. Each capability says how its records read and which
of its words carry no meaning (`filler`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz.distance import Levenshtein

from storage.folding import fold

Record = TypeVar("Record")

FILLER = frozenset(("a", "al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "para", "pa", "pal", "por",
                    "porfa", "xfa", "que", "su", "un", "una", "y"))
"""Function words, in full and as chat spells them («pal» for «para el»): they name no record."""


def words(text: str, filler: frozenset[str] = FILLER) -> list[str]:
    return [word for word in fold(text).split() if word not in filler]


def word_matches(wanted: str, word: str) -> bool:
    """Same word, a beginning of it (`cam` for `camara`), or one typo (two in a long word)."""
    if wanted == word or (len(wanted) >= 3 and word.startswith(wanted)):
        return True
    if len(wanted) < 5 or abs(len(wanted) - len(word)) > 2:
        return False
    return Levenshtein.distance(wanted, word) <= (2 if len(wanted) >= 8 else 1)


def scores(reference: str, records: Sequence[Record], describe: Callable[[Record], str],
           filler: frozenset[str] = FILLER) -> tuple[int, list[int]]:
    """How many words the reference has, and how many of them each record's description matches."""
    wanted = words(reference, filler)
    found = []
    for record in records:
        described = set(words(describe(record), filler))
        found.append(sum(any(word_matches(each, word) for word in described) for each in wanted))
    return len(wanted), found


def best_matches(reference: str, records: Sequence[Record], describe: Callable[[Record], str],
                 filler: frozenset[str] = FILLER) -> list[Record]:
    """The records matching the most words of `reference` (none when no word matches), in the given order."""
    _, found = scores(reference, records, describe, filler)
    best = max(found, default=0)
    return [record for record, score in zip(records, found, strict=True) if best and score == best]
