"""Finding the header row of a hand-kept sheet and knowing which column holds what.

Real files have title rows and merged cells above the table, headers in any order and with
their own wording ("Fono", "E-mail", "Nombre completo"), and sometimes a group header merged
over two columns ("Asistente" over "Nombre" | "Teléfono"). Headers are compared folded, without
small words, and the most specific wording wins ("teléfono asistente" over "teléfono").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storage.folding import fold

SEARCH_ROWS = 20
STOPWORDS = frozenset({"de", "del", "la", "el", "los", "las", "y", "e", "o", "u", "a", "en", "su", "sus", "n"})


@dataclass(frozen=True)
class Field:
    """A record attribute and the folded ways a header may name it."""

    name: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Header:
    """Where a sheet's table starts (0-based row of the header) and each field's columns, leftmost first."""

    row: int
    columns: dict[str, tuple[int, ...]]
    ignored: tuple[str, ...]


def phrase(label: Any) -> str:
    return " ".join(word for word in fold(str(label) if label is not None else "").split() if word not in STOPWORDS)


def match_field(label: Any, fields: Sequence[Field]) -> str | None:
    """The field whose longest variant appears, as whole words, in the header text."""
    words = f" {phrase(label)} "
    best, best_length = None, 0
    for field in fields:
        for variant in field.variants:
            if len(variant) > best_length and f" {variant} " in words:
                best, best_length = field.name, len(variant)
    return best


def _specificity(label: str, fields: Sequence[Field]) -> int:
    words = f" {phrase(label)} "
    return max((len(v) for f in fields for v in f.variants if f" {v} " in words), default=0)


def find_header(grid: Sequence[Sequence[Any]], spans: dict[tuple[int, int], int], fields: Sequence[Field],
                required: Sequence[str]) -> Header | None:
    """The row among the first ones that names the most fields (and all required ones), or None.

    `grid` holds cell values with merged ranges already filled in; `spans` gives, for each cell of a
    horizontally merged range, that range's width (a group header such as "Asistente" over two columns).
    """
    best: Header | None = None
    for index in range(min(SEARCH_ROWS, len(grid))):
        header = _read_header(grid, spans, index, fields)
        if all(name in header.columns for name in required) and (
                best is None or len(header.columns) > len(best.columns)):
            best = header
    return best


def _read_header(grid: Sequence[Sequence[Any]], spans: dict[tuple[int, int], int], index: int,
                 fields: Sequence[Field]) -> Header:
    columns: dict[str, list[int]] = {}
    ignored = []
    for column, label in enumerate(_labels(grid, spans, index, fields)):
        if not label:
            continue
        name = match_field(label, fields)
        if name is None:
            ignored.append(label)
        else:
            columns.setdefault(name, []).append(column)
    return Header(index, {name: tuple(found) for name, found in columns.items()}, tuple(dict.fromkeys(ignored)))


def _labels(grid: Sequence[Sequence[Any]], spans: dict[tuple[int, int], int], index: int,
            fields: Sequence[Field]) -> list[str]:
    """Each column's header text, read as a two-row header when the row above is one.

    "Asistente" merged over "Nombre" | "Teléfono" gives "Asistente Teléfono"; a column whose name is
    only in the row above ("Institución" merged down two rows, or not) takes it from there. A row
    above with a single text is a title and is left out.
    """
    own = [_plain(value) for value in grid[index]]
    above = [_plain(value) for value in grid[index - 1]] if index > 0 else []
    if len({text for text in above if text}) < 2:
        return own
    above += [""] * (len(own) - len(above))
    labels = []
    for column, (top, bottom) in enumerate(zip(above, own + [""] * (len(above) - len(own)), strict=False)):
        if not bottom or not top or top == bottom:
            labels.append(bottom or top)
        elif spans.get((index - 1, column), 1) > 1:
            combined = f"{top} {bottom}"
            labels.append(combined if _specificity(combined, fields) > _specificity(bottom, fields) else bottom)
        else:
            labels.append(bottom)
    return labels


def _plain(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""
