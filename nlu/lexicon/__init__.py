"""A language's words as data files beside this module, the way dateparser keeps its locales.

The parser reads one file once, when it is built; nothing here is cached globally.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def load(language: str = "es") -> dict[str, Any]:
    """The parsed `<language>.toml`: plain tables of folded words."""
    return tomllib.loads((HERE / f"{language}.toml").read_text(encoding="utf-8"))
