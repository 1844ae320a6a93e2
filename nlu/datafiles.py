"""The parser's TOML data (lexicon, capability declarations, gazetteers), parsed once per edit of each file, and
the tables derived from it that every start would otherwise build again.

Parsing the files was a tenth of `gabinete parse "hola"`, and indexing the cue lists by their key words a fifth;
the same tables come back from `marshal` in a fraction of that time. So, as Python keeps a module's bytecode, they
are kept in `__pycache__` and read while what they were made from is unchanged: a file while it keeps its size and
modification time, a derived table while its source data is the same and the files of the code that derives it
keep theirs. Nothing is written where Python writes no bytecode (PYTHONDONTWRITEBYTECODE) or cannot write; a
missing, stale or unreadable copy only means the work is done again.
"""

from __future__ import annotations

import marshal
import os
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

CACHE = "__pycache__"
SUFFIX = ".marshal"
HERE = Path(__file__).parent
T = TypeVar("T")


def read(path: Path) -> dict[str, Any]:
    """The parsed file, from its kept copy when that copy was made from the file as it is now."""
    return _kept(path.parent / CACHE / (path.name + SUFFIX), _stamp(path),
                 lambda: tomllib.loads(path.read_text(encoding="utf-8")))


def derived(name: str, source: Any, build: Callable[[], T], code: Iterable[Path]) -> T:
    """`build()`, a pure function of `source` (plain data, compared by its marshal bytes) and of the code in the
    files `code`; kept as `nlu/__pycache__/<name>.marshal`, so `build()` must return what marshal writes."""
    try:
        stamp = marshal.dumps((source, [_stamp(path) for path in code]))
    except (OSError, ValueError):  # code installed without its source (nothing tells an edit), or a TOML date
        return build()
    return _kept(HERE / CACHE / (name + SUFFIX), stamp, build)


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _kept(kept: Path, stamp: object, make: Callable[[], T]) -> T:
    try:
        made_from, value = marshal.loads(kept.read_bytes())
        if made_from == stamp:
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = make()
    if not sys.dont_write_bytecode:
        _keep(kept, stamp, value)
    return value


def _keep(kept: Path, stamp: object, value: object) -> None:
    """Written aside and renamed, so that a parser starting meanwhile reads the old copy or the new one, whole."""
    try:
        data = marshal.dumps((stamp, value))
        kept.parent.mkdir(exist_ok=True)
        aside = kept.with_name(f"{kept.name}.{os.getpid()}")
        aside.write_bytes(data)
        os.replace(aside, kept)
    except (OSError, ValueError):  # a read-only install, or a value marshal cannot write (a TOML date)
        pass
