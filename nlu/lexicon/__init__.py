"""A language's words as data files beside this module, the way dateparser keeps its locales.

The parser reads one file once, when it is built; nothing here is cached in memory globally (the parsed file and
its spelled-out words are kept on disk between processes, `nlu.datafiles`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from nlu import datafiles
from nlu.morphology import forms
from nlu.normalize import fold

HERE = Path(__file__).parent
LEMMA = "~"
"""A list entry "~aceptar" stands for every form of the lemma that asks («acéptala», «acéptela», «aceptemos»,
«aceptái», «aceptar»): answer and status tables list a verb once, as a lemma, like the capabilities' [verbs]."""
WORDS_CODE = (Path(__file__), HERE.parent / "morphology.py", HERE.parent / "normalize.py")
"""The code that spells out a lexicon's words (`all_words`): a kept list is stale when any of it changes."""
KEPT_STEM = ("z", "g")
"""Stems whose subjunctive changes its spelling (rechazar → rechace, delegar → delegue): chat often keeps the
stem as it is («recházela», «delégela»), and those forms ask just the same."""


def load(language: str = "es") -> dict[str, Any]:
    """The parsed `<language>.toml`: plain tables of folded words."""
    return datafiles.read(HERE / f"{language}.toml")


def known_words(lexicon: dict[str, Any]) -> set[str]:
    """`all_words` of a whole lexicon, built once and kept between processes (`nlu.datafiles.derived`): spelling
    out every lemma's forms and folding every phrase was a sixth of a parser's start."""
    return datafiles.derived("lexicon_words", lexicon, partial(all_words, lexicon), WORDS_CODE)


def all_words(table: Any) -> set[str]:
    """Every word the lexicon spells, keys and values alike: real words a typo fix must leave alone."""
    found: set[str] = set()
    _collect(table, found)
    return found


def _collect(table: Any, found: set[str]) -> None:
    """`all_words` into one set: nested generators passed each of the lexicon's words up through every level of
    its tables, a tenth of a parser's start."""
    if isinstance(table, dict):
        for key, value in table.items():
            found.update(key.split())
            _collect(value, found)
    elif isinstance(table, list):
        for item in table:
            _collect(item, found)
    elif isinstance(table, str) and table.startswith(LEMMA):
        found.update(request_forms(table[len(LEMMA):]))
    elif isinstance(table, str):
        found.update(word.rstrip("*") for word in fold(table).split())


def expanded(words: Iterable[str]) -> list[str]:
    """The phrase list with each "~lemma" entry replaced by the lemma's request forms (see `LEMMA`)."""
    out: list[str] = []
    for word in words:
        out.extend(request_forms(word[len(LEMMA):]) if word.startswith(LEMMA) else (word,))
    return out


def request_forms(entry: str) -> list[str]:
    """The forms of a lemma ("cerrar/cierra" with its irregular imperatives) that ask, and the same with
    the stem's spelling kept where the subjunctive changes it."""
    made = forms(entry)
    found = set(made.requests | made.infinitives)
    lemma = entry.split("/", 1)[0]
    stem = lemma[:-2]
    if lemma.endswith("ar") and stem.endswith(KEPT_STEM) and "/" not in entry:
        found |= forms(f"{lemma}/{stem}a/{stem}e").requests
    return sorted(found)
