"""A language's words as data files beside this module, the way dateparser keeps its locales.

The parser reads one file once, when it is built; nothing here is cached globally.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def load(language: str = "es") -> dict[str, Any]:
    """The parsed `<language>.toml`: plain tables of folded words."""
    return tomllib.loads((HERE / f"{language}.toml").read_text(encoding="utf-8"))


def all_words(table: Any) -> Iterator[str]:
    """Every word the lexicon spells, keys and values alike: real words a typo fix must leave alone."""
    if isinstance(table, dict):
        for key, value in table.items():
            yield from key.split()
            yield from all_words(value)
    elif isinstance(table, list):
        for item in table:
            yield from all_words(item)
    elif isinstance(table, str):
        yield from (word.rstrip("*") for word in table.split())
