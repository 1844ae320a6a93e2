"""Word lists as regular expressions over folded text.

Lists in the lexicon and in the department configuration share one notation: whole words,
several words separated by spaces, a trailing `*` for any ending of the last word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from nlu.normalize import LETTERS

LEFT = r"(?<![a-z0-9])"
LAST_LETTERS = re.compile(r"[a-z]+(?=\**$)")
HEAD = 4
"""Letters of an open-ended first word ("reclama*") looked for among the message's words; a shorter one is
always searched for."""
FIRST_LETTERS = itemgetter(slice(None, HEAD))
RIGHT = r"(?![a-z0-9])"
WINDOW = 80
"""How far back a phrase ending at a position is looked for."""


def alternation(phrases: Iterable[str], backwards: bool = False) -> str:
    """One non-capturing group that matches any phrase, longest first so regex picks the fullest.

    Forwards, the phrases are grouped by their first character ("(?:b(?:asura|ache)|c(?:...))"), and each group
    again by the next letter while all of its phrases go on with a letter (`_nested`): the regex engine then
    tries a couple of dozen branches at each step instead of every phrase (a verb's hundreds of forms share
    their stem), and since phrases with different letters at the same place never match at the same position,
    it finds exactly what the flat list would. `backwards` spells every phrase from its end, for matching a
    reversed text.
    """
    parts = regex_bodies(phrases, backwards)
    if not parts:
        return "(?!)"
    if backwards:
        return "(?:" + "|".join(parts) + ")"
    return "(?:" + "|".join(head + _nested(rests) for head, rests in by_first_character(parts).items()) + ")"


def _nested(rests: list[str]) -> str:
    """The rests of one group's phrases, in their order, as one regex: grouped by their first letter when every
    one starts with a letter or digit (so none is empty, a space or an open ending, which could match where
    another does and must keep its place in the order), else side by side as they come."""
    if len(rests) == 1:
        return rests[0]
    if all(rest[:1].isalnum() for rest in rests):
        groups = by_first_character(rests)
        if len(groups) == 1:
            ((head, more),) = groups.items()
            return head + _nested(more)
        return "(?:" + "|".join(head + _nested(more) for head, more in groups.items()) + ")"
    return "(?:" + "|".join(rests) + ")"


def regex_bodies(phrases: Iterable[str], backwards: bool = False) -> list[str]:
    """Each distinct phrase as a regex, longest first."""
    parts = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
        open_end = phrase.endswith("*")
        words = phrase.rstrip("*").split()
        if backwards:
            body = r"\s+".join(re.escape(word[::-1]) for word in reversed(words))
            parts.append((r"[a-z]*" if open_end else "") + body)
        else:
            body = r"\s+".join(re.escape(word) for word in words)
            parts.append(body + (r"[a-z]*" if open_end else ""))
    return parts


def by_first_character(bodies: Iterable[str]) -> dict[str, list[str]]:
    """Regex bodies keyed by their escaped first character, each list in the order given."""
    groups: dict[str, list[str]] = {}
    for body in bodies:
        head = body[:2] if body.startswith("\\") else body[:1]
        groups.setdefault(head, []).append(body[len(head):])
    return groups


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(LEFT + alternation(phrases) + RIGHT)


@dataclass(frozen=True)
class Index:
    """Words one of which a text must hold for a phrase list to match in it (each phrase's key word, or its last
    word for `ending_at`): whole words, the first `HEAD` letters of open-ended ones, or `always` when a phrase
    has no plain word to stand for it. A key that stands for a phrase of one word is enough (`alone_words`,
    `alone_heads`); one present without the other words of any of its phrases (`others`) is not."""

    exact: frozenset[str]
    heads: frozenset[str]
    always: bool
    alone_words: frozenset[str] = frozenset()
    alone_heads: frozenset[str] = frozenset()
    others: Mapping[tuple[bool, str], tuple[Needs, ...]] = field(default_factory=dict)
    """By (is a head, key): what else each of the key's phrases needs, when none needs nothing else."""

    def admits(self, words: Words) -> bool:
        if self.always or not self.alone_words.isdisjoint(words.tokens) \
                or not self.alone_heads.isdisjoint(words.heads):
            return True
        others = self.others
        if not others:
            return False
        present = chain(((False, w) for w in self.exact.intersection(words.tokens)),
                        ((True, h) for h in self.heads.intersection(words.heads)))
        return any(any(n.met_by(words) for n in others.get(key, ())) for key in present)


class Needs(NamedTuple):
    """The whole words and the heads of open-ended words a phrase needs besides its key."""

    words: frozenset[str]
    heads: frozenset[str]

    def met_by(self, words: Words) -> bool:
        return self.words <= words.tokens and self.heads <= words.heads


def _index(ends: Iterable[tuple[tuple[str, str, str] | None, Needs | None]]) -> Index:
    """From each phrase's run of letters at one end, what lies beyond it in the phrase (towards that end) and
    what lies inward: the run is a whole word when nothing or a non-letter lies beyond, a head when "*" does;
    a digit inward, or anything else, makes the list `always` searched. Each end comes with what else its phrase
    needs (`Index.others`), if anything."""
    exact: set[str] = set()
    heads: set[str] = set()
    others: dict[tuple[bool, str], set[Needs]] = {}
    alone: set[tuple[bool, str]] = set()
    always = False
    for end, more in ends:
        if end is None or end[2][:1].isalnum():
            always = True
            continue
        word, beyond, _ = end
        if beyond == "*" and len(word) >= HEAD:
            key = (True, word[:HEAD])
            heads.add(word[:HEAD])
        elif beyond != "*" and not beyond[:1].isalnum():
            key = (False, word)
            exact.add(word)
        else:
            always = True
            continue
        if more is None or not (more.words or more.heads):
            alone.add(key)
        else:
            others.setdefault(key, set()).add(more)
    return Index(frozenset(exact), frozenset(heads), always,
                 frozenset(word for is_head, word in alone if not is_head),
                 frozenset(head for is_head, head in alone if is_head),
                 {key: tuple(needs) for key, needs in others.items() if key not in alone})


def _word_run(word: str, last: bool) -> tuple[int, tuple[str, str, str], bool] | None:
    """The run of letters a phrase's word stands for in a text, as (rank, its run as `_index` reads an end,
    whether it is a head): a word stands between spaces or the phrase's own bounds, so its leading run of
    letters is a whole word of the text when a non-letter or nothing follows it in the phrase, and the first
    `HEAD` letters of one when it is the phrase's open end ("reclama*"). A literal star, a digit, or an open
    end of fewer than `HEAD` letters stands for no word. The rank says which word is likeliest to be rare."""
    run = LETTERS.match(word)
    if run is None:
        return None
    beyond = word[run.end():]
    open_end = last and beyond == "*"
    if (beyond[:1] == "*" and not open_end) or beyond[:1].isalnum() or (open_end and run.end() < HEAD):
        return None
    return (HEAD if open_end else run.end()), (run.group(), beyond, ""), open_end


def _key_run(phrase: str) -> tuple[tuple[str, str, str] | None, Needs | None]:
    """The run of letters a text must hold for the phrase to match in it (`_word_run` of the phrase's word
    likeliest to be rare, the first of the longest), and what else the phrase needs: a phrase whose first word
    is "de" ("de la senora") is then looked for only in a message that says "senora", and with "de" and "la"."""
    if phrase.isascii() and phrase.isalpha() and phrase.islower():
        return (phrase, "", ""), None  # one plain word, as most are (a verb's forms): `_word_run`'s answer, sooner
    if " " not in phrase:
        found = _word_run(phrase, True)
        return (found[1] if found else None), None
    words = phrase.split()
    needed = [found for i, word in enumerate(words) if (found := _word_run(word, i == len(words) - 1))]
    if not needed:
        return None, None
    best = needed[0]
    for found in needed:
        if found[0] > best[0]:
            best = found
    key = best[1][0][:HEAD] if best[2] else best[1][0]
    whole = frozenset(run[0] for _, run, head in needed if not head) - ({None} if best[2] else {key})
    heads = frozenset(run[0][:HEAD] for _, run, head in needed if head) - ({key} if best[2] else {None})
    return best[1], (Needs(whole, heads) if whole or heads else None)


def _last_run(phrase: str) -> tuple[str, str, str] | None:
    run = LAST_LETTERS.search(phrase)
    return (run.group(), phrase[run.end():], phrase[:run.start()][-1:]) if run else None


class Words(NamedTuple):
    """The runs of letters in a folded text and their first letters, found once per message: a phrase list
    whose key words are not among them need not run its regex."""

    tokens: frozenset[str]
    heads: frozenset[str]

    @classmethod
    def of(cls, text: str, tokens: frozenset[str] | None = None) -> Words:
        """The words of `text`; `tokens`, its runs of letters if already found."""
        tokens = frozenset(LETTERS.findall(text)) if tokens is None else tokens
        return cls(tokens, frozenset(map(FIRST_LETTERS, tokens)))


class Phrases:
    """A set of phrases that can say whether, and where, it occurs in folded text.

    Compiled on first use: a parser holds many lists and a short message touches few of them,
    which keeps `gabinete parse` quick to start.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(phrases)
        self._pattern: re.Pattern[str] | None = None
        self._backwards: re.Pattern[str] | None = None
        self._keys: Index | None = None
        self._ends: Index | None = None

    def may_occur(self, words: Words) -> bool:
        """False when no phrase can occur in the text: the key word of none (its likeliest rare word, see
        `_key_run`), nor the first letters of an open-ended one ("reclama*"), is among the text's words. True
        means only that the regex must be asked."""
        return (self._keys or self._index_keys()).admits(words)

    def keys(self) -> Index:
        """What `may_occur` looks for, for a caller that indexes many lists at once (`nlu.vocabulary`)."""
        return self._keys or self._index_keys()

    def _index_keys(self) -> Index:
        self._keys = _index(_key_run(p.strip()) for p in self.phrases)
        return self._keys

    def may_end(self, words: Words) -> bool:
        """False when no phrase can end anywhere in the text, for `ending_at`: the last word of each is absent."""
        if self._ends is None:
            self._ends = _index((_last_run(p.strip()), None) for p in self.phrases)
        return self._ends.admits(words)

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = compile_phrases(self.phrases)
        return self._pattern

    @property
    def backwards(self) -> re.Pattern[str]:
        """The phrases spelled backwards, to be matched at the start of a reversed text."""
        if self._backwards is None:
            self._backwards = re.compile(r"[\s:,]*(" + alternation(self.phrases, backwards=True) + ")" + RIGHT)
        return self._backwards

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        pattern = self._pattern or self.pattern
        return pattern.search(text, start) if end is None else pattern.search(text, start, end)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterable[re.Match[str]]:
        pattern = self._pattern or self.pattern
        return pattern.finditer(text, start) if end is None else pattern.finditer(text, start, end)

    def found(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self.search(text, start, end) is not None

    def at_start(self, text: str, start: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, start)

    def ending_at(self, text: str, end: int) -> tuple[int, int] | None:
        """The span of the longest phrase that ends at `end`, give or take spaces, `:` and `,`.

        Matched on the reversed text, so the regex engine tries one position instead of every one.
        """
        match = self.backwards.match(text[max(0, end - WINDOW):end][::-1])
        return (end - match.end(1), end - match.start(1)) if match else None
