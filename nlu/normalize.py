"""Fold a chat message into one canonical lower-case form while remembering where each character came from.

Every rule downstream matches the folded text (no case, no accents, chat spellings expanded,
one-letter typos on keywords corrected), yet slots are cut from the original text, so that
"Muñoz" comes back with its tilde and spans point into what the person wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import NamedTuple

MAX_CHARS = 2000
"""Longer messages are read only this far: nobody dictates an invitation in ten thousand characters."""
POSITIONS = tuple(range(MAX_CHARS + 1))
"""Identity positions, for the common message whose every character folds to one."""
ENDS = tuple(range(1, MAX_CHARS + 2))

LETTERS = re.compile(r"[a-z]+")
NOUN_LEADS = frozenset({"el", "un", "su", "sus", "mi", "mis", "tu", "del", "al", "de", "ese", "este", "otro",
                        "nuestro", "los", "unos", "hay"})
"""Words before a noun: after them a short form that is also a verb is the noun («su cumple»)."""
NOUN_OF = re.compile(r"\.?\s+del?\b")
"""«cumple de la concejala»: what a noun is of, right after it."""
WORD = re.compile(r"(?<![a-z0-9@._\-])[a-z]+(?:['’][a-z]+)?(?![a-z0-9@_\-])")
"""A word, or a chat contraction written with its apostrophe («pa'l», «pa’l»), read whole by the spellings."""
ABBREVIATION_PERIOD = re.compile(r"\.(?![a-z0-9])")
"""The period that closes a shorthand word («recl. 214», «sem. prox.»), not one inside a code or an address."""
EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}")
REPEATS = re.compile(r"([a-z])\1{2,}|([aiosu])\2$")
"""A letter said three times or more ("siii"), or a final vowel or s doubled ("holaa", "buenass"): no Spanish word
is spelled so."""
DROPPED = {"¿", "¡", "“", "”", "«", "»", '"', "*", "_", "~"}
UNDERSCORE = "_"
"""Dropped where it marks emphasis («_urgente_»), kept inside a word («juan_perez@muni.cl», «acta_final»): there it
is part of an address or a name, and the address must come back as written."""
PICTOGRAPHS_FROM = 0x2600
"""Symbols from here on are pictographs (☀, ✅, 🏆, flags): a chat message puts one where a clause ends («club
deportivo X 🏆 final del campeonato»), so each folds to a comma; «N°» and «©» below it stay blanks."""
MIN_TYPO_LENGTH = 5
MAX_REMEMBERED = 50_000
"""Rewritten words are remembered; the memory is dropped past this many distinct words."""


def as_noun(previous: str, text: str, end: int) -> bool:
    """A word that is a verb too, ending at `end` of `text` after the word `previous` (folded), is a noun there:
    after an article, a possessive or «hay», or before «de» («el cumple», «cumple de la concejala»; not «cumple 50
    años»)."""
    return previous in NOUN_LEADS or NOUN_OF.match(text, end) is not None


class Text(NamedTuple):
    """The original message, its folded form, and for each folded character its original span.

    A named tuple, built once per message: as immutable as a frozen dataclass and quicker to make. When every
    character folded to one, `starts` and `ends` are shared identity tables longer than the text.
    """

    original: str
    norm: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    letters: frozenset[str] | None = None
    """The runs of letters in `norm`, when folding had to find them anyway."""
    taken_back: tuple[tuple[int, int], ...] = ()
    """Original spans the writer took back («…vendimia, perdón,»), in order: never part of what `source` gives."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `norm[start:end]`."""
        if end <= start:
            point = self.starts[start] if start < len(self.norm) else len(self.original)
            return point, point
        return self.starts[start], self.ends[end - 1]

    def source(self, start: int, end: int) -> str:
        """What the person wrote for `norm[start:end]`, with its case and accents."""
        first, last = self.span(start, end)
        kept, cursor = [], first
        for gap_start, gap_end in self.taken_back:
            if first <= gap_start and gap_end <= last and cursor <= gap_start:
                kept.append(self.original[cursor:gap_start].rstrip(" ,") + " ")
                cursor = gap_end
        return "".join(kept) + self.original[cursor:last]

    def folded(self, position: int) -> int:
        """The position in `norm` of an original position (the first folded character from it on)."""
        return min(bisect_left(self.starts, position, 0, len(self.norm)), len(self.norm))


class Normalizer:
    """Builds `Text` from a message; made once per parser from the lexicon's spellings and typo words."""

    def __init__(self, spellings: Mapping[str, str], typo_words: Iterable[str], known: Iterable[str] = (),
                 noun_spellings: Mapping[str, str] | None = None,
                 abbreviations: Mapping[str, str] | None = None, diminutives: Mapping[str, str] | None = None) -> None:
        """`diminutives`: each diminutive → the word it softens («semanita» → «semana», `nlu.diminutives`); read as
        that word by every rule, while a text slot keeps what was written."""
        self.spellings = {**(diminutives or {}),
                          **{word: fold(said) for word, said in {**spellings, **(abbreviations or {})}.items()}}
        self.dotted = frozenset(abbreviations or ())
        """Office shorthand («recl.», «sem. prox.»): its period is part of the word, read spelled out without it."""
        self.noun_spellings = {word: fold(said) for word, said in (noun_spellings or {}).items()}
        """Short forms that are verbs too («cumple»): expanded only after an article or a possessive."""
        self.vocabulary = frozenset(typo_words)
        self.known = frozenset(known) | self.vocabulary
        self.deletions: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for variant in {word, *_deletions(word)}:
                self.deletions.setdefault(variant, set()).add(word)
        self._table = _FoldTable()
        self._rewritten: dict[str, str] = {}
        self._unchanged: set[str] = set()
        """The remembered words that rewrite to themselves, so that most messages are settled by one set test."""

    def __call__(self, message: str) -> Text:
        """The folded message. When every run of letters is a word already known to stay as it is (runs inside
        "10am" or an e-mail included, since the slow path learns them too), folding is one `str.translate`."""
        original = message[:MAX_CHARS]
        folded = original.translate(self._table)
        if _one_to_one(original, folded) and UNDERSCORE not in original:
            letters = frozenset(LETTERS.findall(folded))
            if self._unchanged.issuperset(letters):
                return Text(original, folded, POSITIONS, ENDS, letters)
        chars, starts, ends = self._fold(original)
        if UNDERSCORE in original:
            _keep_inner_underscores(original, chars, starts)
        folded = "".join(chars)
        for run in LETTERS.findall(folded):
            self.rewrite(run)
        protected = [m.span() for m in EMAIL.finditer(folded)]
        out: list[str] = []
        out_starts: list[int] = []
        out_ends: list[int] = []
        last = 0
        previous = ""
        for match in WORD.finditer(folded):
            word = match.group()
            replacement = self.rewrite(word)
            if word in self.noun_spellings and as_noun(previous, folded, match.end()):
                replacement = self.noun_spellings[word]
            previous = word
            if replacement == word or any(a <= match.start() < b for a, b in protected):
                continue
            end = match.end() + 1 if word in self.dotted and ABBREVIATION_PERIOD.match(folded, match.end()) \
                else match.end()
            out.extend(chars[last:match.start()])
            out_starts.extend(starts[last:match.start()])
            out_ends.extend(ends[last:match.start()])
            out.extend(replacement)
            out_starts.extend([starts[match.start()]] * len(replacement))
            out_ends.extend([ends[end - 1]] * len(replacement))
            last = end
        out.extend(chars[last:])
        out_starts.extend(starts[last:])
        out_ends.extend(ends[last:])
        return Text(original, "".join(out), tuple(out_starts), tuple(out_ends))

    def rewrite(self, word: str) -> str:
        """A word as the rules expect it: repeated letters squeezed, chat spelling expanded, typo fixed."""
        known = self._rewritten.get(word)
        if known is None:
            if len(self._rewritten) > MAX_REMEMBERED:
                self._rewritten.clear()
                self._unchanged.clear()
            known = self._rewritten[word] = self._rewrite(word)
            if known == word and word not in self.noun_spellings:
                self._unchanged.add(word)
        return known

    def _rewrite(self, word: str) -> str:
        word = REPEATS.sub(lambda m: m.group(1) or m.group(2), word)
        if word in self.spellings:
            return self.spellings[word]
        if len(word) < MIN_TYPO_LENGTH or word in self.known or self._plural(word):
            return word
        return self.correct(word) or word

    def _plural(self, word: str) -> bool:
        """"proximos" is the plural of a keyword, not a typo of "proximo"."""
        return word.endswith("s") and (word[:-1] in self.vocabulary or word[:-2] in self.vocabulary)

    def correct(self, word: str) -> str | None:
        """The keyword one edit away from `word` (the first in order if several)."""
        candidates: set[str] = set()
        for variant in (word, *_deletions(word)):
            candidates |= self.deletions.get(variant, set())
        close = sorted(c for c in candidates if len(c) >= MIN_TYPO_LENGTH and _one_edit(word, c))
        return close[0] if close else None

    def _fold(self, text: str) -> tuple[list[str], list[int], list[int]]:
        """Lower case without accents, one space for any run of blanks or control characters.

        Almost every character folds to one character, so the common case is a `str.translate`
        and an identity map of positions; only a text with a ligature or a run of blanks pays
        for the character-by-character walk.
        """
        folded = text.translate(self._table)
        if _one_to_one(text, folded):
            return list(folded), list(range(len(text))), list(range(1, len(text) + 1))
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        blank = True
        for index, char in enumerate(text):
            for piece in self._table[ord(char)]:
                if piece == " ":
                    if blank:
                        continue
                    blank = True
                else:
                    blank = False
                chars.append(piece)
                starts.append(index)
                ends.append(index + 1)
        while chars and chars[-1] == " ":
            chars.pop()
            starts.pop()
            ends.pop()
        return chars, starts, ends


def _keep_inner_underscores(original: str, chars: list[str], starts: list[int]) -> None:
    """Put back each underscore that folded to a blank between two letters or digits (see `UNDERSCORE`)."""
    for index in range(1, len(chars) - 1):
        if original[starts[index]] == UNDERSCORE and chars[index - 1].isalnum() and chars[index + 1].isalnum():
            chars[index] = UNDERSCORE


def _one_to_one(text: str, folded: str) -> bool:
    """Each character folded to exactly one, with no blank to squeeze or strip: positions map to themselves."""
    return len(folded) == len(text) and "  " not in folded and not folded.startswith(" ") \
        and not folded.endswith(" ")


class _FoldTable(dict[int, str]):
    """A `str.translate` table that folds each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


def fold(text: str) -> str:
    """Case- and accent-free form of a short text, for comparing names and configured words.

    Through one shared translate table, as the lexicon folds thousands of words at start-up."""
    return " ".join(text.translate(_FOLD_TABLE).split())


_FOLD_TABLE = _FoldTable()


def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if char.isspace() or char in DROPPED or category[0] in "CZ":
        return " "
    if category == "So" and ord(char) >= PICTOGRAPHS_FROM:
        return ","
    if category in ("Mn", "Sk") and ord(char) >= PICTOGRAPHS_FROM:  # a pictograph's presentation or skin tone
        return " "
    if category == "Pd":  # «Gobernación X — Ceremonia Y — 21/05»: a dash of any length sets fields apart as «-»
        return "-"
    decomposed = unicodedata.normalize("NFKD", char.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or " "


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def replaced(text: Text, pieces: list[tuple[int, int, str]]) -> Text:
    """`text` with each (start, end) of its folded form replaced by one mark spanning the words it stands for, so that
    spans still point into what was written (a mark said aloud, a blank for words taken back)."""
    norm, starts, ends = text.norm, text.starts, text.ends
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    cursor = 0
    for start, end, mark in pieces:
        out.append(norm[cursor:start])
        out_starts.extend(starts[cursor:start])
        out_ends.extend(ends[cursor:start])
        word = len(norm) - len(norm[start:].lstrip())
        out.append(mark)
        out_starts.append(starts[word])
        out_ends.append(ends[end - 1])
        cursor = end
    out.append(norm[cursor:])
    out_starts.extend(starts[cursor:len(norm)])
    out_ends.extend(ends[cursor:len(norm)])
    return Text(text.original, "".join(out), tuple(out_starts), tuple(out_ends))
