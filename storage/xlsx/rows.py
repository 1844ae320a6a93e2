"""Sheet rows written straight as XML: the bytes openpyxl's own cell writer produces, at a fraction of its cost.

openpyxl's write-only sheet makes a Cell object of every value, infers its type, and writes it
through nested lxml contexts: about 12 µs a cell, two thirds of a 50,000-complaint report. Here
each cell is a short piece of text from a value whose type and look (style id) the caller already
knows, and lxml parses the row once and writes it. `RowSheet` leans on openpyxl 3.1's write-only
internals (`_get_writer`, `_rows`, `_writer.xf`); tests/storage/test_xlsx_rows.py holds its output to
openpyxl's own for the same values, so an upgrade that changes either shows there.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import date

from lxml.etree import Element, _Element, fromstring
from openpyxl import Workbook
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


class RowSheet(WriteOnlyWorksheet):
    """A write-only sheet that is handed whole `<row>` elements (see `row`) instead of values."""

    @classmethod
    def add_to(cls, workbook: Workbook, title: str) -> RowSheet:
        """A new last sheet of `workbook`, made in write-only mode (what `Workbook.create_sheet` does)."""
        sheet = cls(parent=workbook, title=title)
        workbook._add_sheet(sheet)
        return sheet

    def append(self, row: _Element) -> None:  # type: ignore[override]
        self._get_writer()
        if self._rows is None:
            self._rows = self._write_rows()
            next(self._rows)
        self._rows.send(row)

    def _write_rows(self) -> Generator[None, _Element, None]:
        """openpyxl's own stream into `<sheetData>`, less the conversion of values to cells."""
        xf = self._writer.xf.send(True)
        with xf.element("sheetData"):
            try:
                while True:
                    xf.write((yield))
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


def row(number: int, cells: Sequence[str]) -> _Element:
    """Row `number` (Excel counts from 1) holding `cells` from `text_cell` and `number_cell`."""
    if not cells:
        empty = Element("row", r=str(number))
        empty.text = ""  # openpyxl writes <row r="n"></row>
        return empty
    return fromstring(f'<row r="{number}">{"".join(cells)}</row>')


def text_cell(ref: str, text: str, style: str | None) -> str:
    """A text cell (an inline string, as openpyxl writes text in write-only sheets); never a formula or error.

    `text` must be non-empty and free of the control characters XML refuses.
    """
    space = ' xml:space="preserve"' if text != text.strip() else ""
    look = f' s="{style}"' if style else ""
    # A bare carriage return would be read back as a line feed.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return f'<c r="{ref}"{look} t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


def number_cell(ref: str, value: float | bool | date, style: str | None) -> str:
    """A number, a yes/no, or a day or naive local instant as Excel's serial day number (1900 epoch)."""
    if isinstance(value, bool):
        kind = "b"
    elif isinstance(value, int | float):
        kind = "n"
    elif isinstance(value, date):
        kind = "n"
        value = to_excel(value)
    else:
        raise TypeError(f"cannot write {type(value).__name__} to a sheet")
    look = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{look} t="{kind}"><v>{safe_string(value)}</v></c>'
