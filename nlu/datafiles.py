"""The parser's TOML data (lexicon, capability declarations, gazetteers), parsed once per edit of each file.

Parsing them was a tenth of `gabinete parse "hola"`; the same tables come back from `marshal` in a tenth of that
time. So, as Python keeps a module's bytecode, the parsed tables are kept in `__pycache__` beside the file and
read while the file keeps its size and modification time. Nothing is written where Python writes no bytecode
(PYTHONDONTWRITEBYTECODE) or cannot write; a missing, stale or unreadable copy only means the file is parsed.
"""

from __future__ import annotations

import marshal
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

CACHE = "__pycache__"
SUFFIX = ".marshal"


def read(path: Path) -> dict[str, Any]:
    """The parsed file, from its kept copy when that copy was made from the file as it is now."""
    status = path.stat()
    stamp = (status.st_size, status.st_mtime_ns)
    kept = path.parent / CACHE / (path.name + SUFFIX)
    try:
        made_from, tables = marshal.loads(kept.read_bytes())
        if made_from == stamp:
            return tables
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = tomllib.loads(path.read_text(encoding="utf-8"))
    if not sys.dont_write_bytecode:
        _keep(kept, stamp, tables)
    return tables


def _keep(kept: Path, stamp: tuple[int, int], tables: dict[str, Any]) -> None:
    """Written aside and renamed, so that a parser starting meanwhile reads the old copy or the new one, whole."""
    try:
        data = marshal.dumps((stamp, tables))
        kept.parent.mkdir(exist_ok=True)
        aside = kept.with_name(f"{kept.name}.{os.getpid()}")
        aside.write_bytes(data)
        os.replace(aside, kept)
    except (OSError, ValueError):  # a read-only install, or a value marshal cannot write (a TOML date)
        pass
