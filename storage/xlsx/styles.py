"""How every exported sheet looks: bold frozen header, autofilter, widths, real Chilean dates.

Sheets are always written in openpyxl's write-only mode, so a 50,000-row report streams to disk
instead of building every cell in memory; its rows are built as XML by `storage.xlsx.rows`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from lxml.etree import _Element
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from storage.xlsx.rows import RowSheet, number_cell, row, text_cell

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
MONTH_FORMAT = "mm-yyyy"
PERCENT_FORMAT = "0%"
MAX_TEXT = 32767
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot hold: openpyxl's ILLEGAL_CHARACTERS_RE plus the noncharacters and lone surrogates."""
"""Excel's limit on a cell's text; openpyxl cuts longer text there."""
BOLD = Font(bold=True)


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    MONTH = "month"
    PERCENT = "percent"


FORMATS = {Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT, Kind.MONTH: MONTH_FORMAT,
           Kind.PERCENT: PERCENT_FORMAT}
DATE_KINDS = frozenset({Kind.DATE, Kind.DATETIME, Kind.MONTH})


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: Kind = Kind.TEXT


def yes_no(flag: bool) -> str:
    return "Sí" if flag else "No"


class Table:
    """One sheet: a bold frozen header row, then rows; the autofilter covers what was written.

    Instants (aware datetimes) are shown as naive local values in `zone`, because Excel has no
    time zones and the office reads Santiago time.
    """

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column], zone: ZoneInfo) -> None:
        self.sheet = RowSheet.add_to(workbook, title)
        self.columns = tuple(columns)
        self.zone = zone
        self.rows = 0
        self._letters = tuple(get_column_letter(index) for index in range(1, len(self.columns) + 1))
        self._formats = tuple(FORMATS.get(column.kind) for column in self.columns)
        self._dated = tuple(column.kind in DATE_KINDS for column in self.columns)
        self._style_ids: dict[tuple[bool, str | None], str] = {}
        for letter, column in zip(self._letters, self.columns, strict=True):
            self.sheet.column_dimensions[letter].width = column.width
        for number_format in filter(None, self._formats):
            # Custom formats are numbered as they are first set: column order, whatever the rows hold.
            WriteOnlyCell(self.sheet).number_format = number_format
        self.sheet.freeze_panes = "A2"
        self.sheet.append(self._row(1, [column.header for column in self.columns], bold=True))

    def append(self, values: Sequence[Any], bold: bool = False) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        self.sheet.append(self._row(self.rows + 2, values, bold))
        self.rows += 1

    def close(self) -> None:
        """Set the filter over header and rows; the sheet itself is finished when the workbook is saved."""
        self.sheet.auto_filter.ref = f"A1:{self._letters[-1]}{self.rows + 1}"

    def _row(self, number: int, values: Sequence[Any], bold: bool) -> _Element:
        """The row's cells: text stays text, numbers and days get their column's format, bold when asked.

        Text drops the control characters Excel refuses (a cell left with none stays blank), and a
        leading '=' is no formula. A day in a column that is not of days gets a day format.
        """
        cells = []
        suffix = str(number)
        for letter, number_format, dated, value in zip(self._letters, self._formats, self._dated, values,
                                                         strict=True):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                text = NOT_XML.sub("", value)[:MAX_TEXT]
                if text:
                    cells.append(text_cell(letter + suffix, text, self._style_id(True, None) if bold else None))
                continue
            if isinstance(value, datetime) and value.tzinfo is not None:
                value = value.astimezone(self.zone).replace(tzinfo=None)
            if not dated and isinstance(value, date):
                number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
            style = self._style_id(bold, number_format) if bold or number_format else None
            cells.append(number_cell(letter + suffix, value, style))
        return row(number, cells)

    def _style_id(self, bold: bool, number_format: str | None) -> str:
        """The workbook's id for a look, given on first use as openpyxl does when it writes a styled cell."""
        key = (bold, number_format)
        found = self._style_ids.get(key)
        if found is None:
            cell = WriteOnlyCell(self.sheet)
            if bold:
                cell.font = BOLD
            if number_format:
                cell.number_format = number_format
            found = self._style_ids[key] = str(cell.style_id)
        return found
