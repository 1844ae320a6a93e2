"""Diminutives of a word spelled from the word, so that the lexicon lists «semana» and «la próxima semanita» is read
as «la próxima semana» without «semanita» listed anywhere.

Chilean staff soften a request with diminutives («un ratito», «el juevecito», «esta semanita», «tempranito»): the
word keeps its meaning, and every rule that knows the base word should read it. The forms follow Spanish spelling:
a word ending in -o or -a takes -ito or -ita on its stem (rato → ratito, semana → semanita, día → diíta); -co, -ca,
-go, -ga keep their sound (poco → poquito, luego → lueguito, domingo → dominguito); a word ending in -e takes -cito
(tarde → tardecita); a one-syllable word ending in a consonant takes -ecito (mes → mesecito); a longer one ending in
-es drops its s (jueves → juevecito, lunes → lunecito). Each with its plural and a doubled diminutive («ratitito»).
"""

from __future__ import annotations

from collections.abc import Iterable

VOWELS = frozenset("aeiou")
SOUND_KEPT = {"c": "qu", "g": "gu"}
"""A stem's last consonant spelled to keep its sound before «i»: poco → poquito, luego → lueguito."""


def diminutives(word: str) -> dict[str, str]:
    """The folded diminutive forms of a folded word, each with the form it stands for: a singular for the word
    («semanita» → «semana»), a plural for its plural («semanitas» → «semanas», «mesecitos» → «meses»)."""
    endings = _endings(word)
    singular = {stem + suffix for stem, suffix in endings}
    singular |= {stem + suffix[:-1] + "it" + suffix[-1] for stem, suffix in endings}  # «ratitito», «poquitito»
    plural = _plural(word)
    return {form: word for form in singular} | {form + "s": plural for form in singular}


def _plural(word: str) -> str:
    if word[-1:] in VOWELS:
        return word + "s"
    return word if word.endswith("s") and _syllables(word) > 1 else word + "es"


def _endings(word: str) -> list[tuple[str, str]]:
    """(stem, suffix) pairs for the singular diminutives of `word`."""
    last = word[-1:]
    if last in ("o", "a"):
        stem = word[:-1]
        stem = stem[:-1] + SOUND_KEPT[stem[-1]] if stem[-1:] in SOUND_KEPT else stem
        return [(stem, "it" + last)]
    if last == "e":
        return [(word, "cito"), (word, "cita")]
    if _syllables(word) == 1:
        return [(word, "ecito"), (word, "ecita")]
    if last == "s" and word.endswith("es"):
        return [(word[:-1], "cito"), (word[:-1], "cita")]
    return [(word, "cito"), (word, "cita")]


def _syllables(word: str) -> int:
    """Groups of vowels in `word`: near enough to syllables for short words («mes» 1, «lunes» 2)."""
    groups, previous = 0, False
    for char in word:
        vowel = char in VOWELS
        groups += vowel and not previous
        previous = vowel
    return groups


def base_words(words: Iterable[str]) -> dict[str, str]:
    """Each diminutive of `words` → the word it stands for («semanita» → «semana»); a word of the list is never
    read as another's diminutive."""
    words = tuple(words)
    table: dict[str, str] = {}
    for word in words:
        for form, meant in diminutives(word).items():
            table.setdefault(form, meant)
    for word in words:
        table.pop(word, None)
    return table
