"""How every exported sheet looks: bold frozen header, autofilter, widths, real Chilean dates.

Sheets are always written in openpyxl's write-only mode, so a 50,000-row report streams to disk
instead of building every cell in memory; styles therefore go on `WriteOnlyCell`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
MONTH_FORMAT = "mm-yyyy"
PERCENT_FORMAT = "0%"
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
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.zone = zone
        self.rows = 0
        for index, column in enumerate(self.columns, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = column.width
        self.sheet.freeze_panes = "A2"
        self.sheet.append([self._styled(column.header, bold=True) for column in self.columns])
        self._formatted = {index: self._styled(None, number_format=FORMATS[column.kind])
                           for index, column in enumerate(self.columns) if column.kind in FORMATS}

    def append(self, values: Sequence[Any], bold: bool = False) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        self.sheet.append([self._cell(index, value, bold) for index, value in enumerate(values)])
        self.rows += 1

    def close(self) -> None:
        """Set the filter over header and rows; the sheet itself is finished when the workbook is saved."""
        self.sheet.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{self.rows + 1}"

    def _cell(self, index: int, value: Any, bold: bool) -> Any:
        """The value, or a styled cell for it.

        Each formatted column reuses one styled cell: openpyxl writes a row's cells out as soon as
        the row is appended, so the cell is free again for the next row. That halves the cost of a
        50,000-row report, where building a styled cell per date dominated.
        """
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return self._text(value, bold)
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(self.zone).replace(tzinfo=None)
        template = self._formatted.get(index)
        if template is not None and not bold:
            template.value = value
            return template
        number_format = FORMATS.get(self.columns[index].kind)
        if number_format is None and isinstance(value, date):
            number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
        if number_format is None and not bold:
            return value
        return self._styled(value, bold=bold, number_format=number_format)

    def _text(self, value: str, bold: bool) -> Any:
        """Text stays text: control characters Excel refuses are dropped, and a leading '=' is no formula."""
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value.startswith("=") and not bold:
            return value
        cell = self._styled(value, bold=bold)
        cell.data_type = "s"
        return cell

    def _styled(self, value: Any, bold: bool = False, number_format: str | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if bold:
            cell.font = BOLD
        if number_format:
            cell.number_format = number_format
        return cell
