"""Reading an uploaded workbook, within limits, and turning each sheet's table into numbered rows.

The package is checked first (`package.py`); then each sheet is streamed row by row by openpyxl's
own sheet parser in read-only mode, counting rows, columns and cell lengths as they come, so a
file over a limit is refused after reading at most the limit, never after building it all. The
result (`Workbook`: plain values per sheet) is what the import plans read; the bot obtains it in
a separate process with a time limit (`isolated.py`) and keeps the latest few here, so that the
preview and the commit after «sí» find it read instead of parsing it on the event loop inside a
transaction (only a commit after a restart, or after several other workbooks, reads it again,
within the limits it is given).
"""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser

from settings.model import ImportSettings
from storage.xlsx.errors import ImportFileError, count_text
from storage.xlsx.headers import Field, find_header
from storage.xlsx.package import NOT_XLSX, check_package, too_long_cell

EMPTY_ROW: tuple[Any, ...] = ()
KEPT_READS = 4


@dataclass(frozen=True)
class SheetRow:
    """One data row: where it is (as Excel numbers it) and the cells of each mapped field."""

    sheet: str
    number: int
    cells: dict[str, tuple[Any, ...]]

    def get(self, field: str) -> Any:
        """The first non-blank cell of the field's columns (a sheet may have "Teléfono" and "Celular")."""
        for value in self.cells.get(field, ()):
            if value is not None and str(value).strip():
                return value
        return None


@dataclass(frozen=True)
class SheetData:
    rows: tuple[SheetRow, ...]
    ignored_columns: tuple[str, ...]
    sheets: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    """A sheet's cell values row by row (rows as Excel numbers them, from 1 at index 0), merged
    ranges filled in; `spans` maps each cell of a horizontal merge to that merge's width."""

    title: str
    grid: list[Sequence[Any]]
    spans: dict[tuple[int, int], int]


@dataclass(frozen=True)
class Workbook:
    sheets: tuple[Sheet, ...]


def read_tables(content: bytes, fields: Sequence[Field], required: Sequence[str], what: str,
                limits: ImportSettings | None = None) -> SheetData:
    """Every sheet that has a recognisable table; blank rows are skipped.

    `what` names the content for the error message ("contactos"), when no sheet has the columns.
    A workbook read ahead (by the bot, off its event loop) is taken as it was read, refusal included.
    """
    workbook = RECENT.recall(content) or read_workbook(content, limits or ImportSettings())
    rows: list[SheetRow] = []
    ignored: list[str] = []
    sheets: list[str] = []
    for sheet in workbook.sheets:
        grid = sheet.grid
        header = find_header(grid, sheet.spans, fields, required)
        if header is None:
            continue
        sheets.append(sheet.title)
        ignored.extend(header.ignored)
        for index in range(header.row + 1, len(grid)):
            values = grid[index]
            cells = {name: tuple(values[c] if c < len(values) else None for c in columns)
                     for name, columns in header.columns.items()}
            if any(value is not None and str(value).strip() for found in cells.values() for value in found):
                rows.append(SheetRow(sheet.title, index + 1, cells))
    if not sheets:
        wanted = ", ".join(required)
        raise ImportFileError(f"No encontré una tabla de {what}: falta una fila de encabezados con {wanted} "
                              f"en las primeras filas de alguna hoja.")
    return SheetData(tuple(rows), tuple(dict.fromkeys(ignored)), tuple(sheets))


def read_workbook(content: bytes, limits: ImportSettings) -> Workbook:
    """Every worksheet's values, or `ImportFileError` naming the first limit the file goes over."""
    check_package(content, limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation and styles it skips
            reader = _opened(content)
            try:
                return Workbook(tuple(_read_sheet(reader, title, path, limits) for title, path in _sheets(reader)))
            finally:
                reader.archive.close()
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError("La planilla es demasiado grande para leerla. Divídala en partes más pequeñas.") from None
    except Exception as error:  # a damaged part fails in many ways inside openpyxl; all mean the same to the user
        raise ImportFileError(NOT_XLSX) from error


def _opened(content: bytes) -> ExcelReader:
    """openpyxl's reader up to the sheets: strings, workbook and styles (which say which numbers are dates).

    `load_workbook` would go on to size every sheet, which parses a sheet without a dimension tag
    whole, before any row could be counted.
    """
    reader = ExcelReader(io.BytesIO(content), read_only=True, data_only=True)
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    return reader


def _sheets(reader: ExcelReader) -> list[tuple[str, str]]:
    """(title, part) of each worksheet present, in the workbook's order; chartsheets have no cells."""
    names = set(reader.archive.namelist())
    return [(sheet.name, rel.target) for sheet, rel in reader.parser.find_sheets()
            if rel.target in names and "chartsheet" not in rel.Type]


def _read_sheet(reader: ExcelReader, title: str, path: str, limits: ImportSettings) -> Sheet:
    """Stream one sheet through openpyxl's parser (the one its read-only mode uses), checking as it goes.

    The parser is driven directly because read-only worksheets do not expose merged ranges, which
    the header search needs; the parser collects them once the rows are through.
    """
    grid: list[Sequence[Any]] = []
    filled = 0
    book = reader.wb
    with reader.archive.open(path) as source:
        parser = WorkSheetParser(source, reader.shared_strings, data_only=True, epoch=book.epoch,
                                 date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, cells in parser.parse():
            if number <= len(grid):
                continue  # a row given twice or out of order: Excel keeps the first
            grid.extend([EMPTY_ROW] * (number - 1 - len(grid)))
            row = _row_values(cells, title, number, limits)
            grid.append(row)
            if row:
                filled += 1
                if filled > limits.max_rows:
                    raise ImportFileError(f"La hoja «{title}» tiene más de {count_text(limits.max_rows)} "
                                          f"filas con datos (imports.max_rows). Divídala en partes más pequeñas.")
    while grid and not grid[-1]:
        grid.pop()
    spans = _merge(grid, _merged_ranges(parser, title, limits))
    return Sheet(title, grid, spans)


def _row_values(cells: list[dict[str, Any]], title: str, number: int, limits: ImportSettings) -> Sequence[Any]:
    """The row's values up to its last filled column; a row without values is the shared empty row."""
    found = [(cell["column"], cell["value"]) for cell in cells if cell["value"] is not None]
    if not found:
        return EMPTY_ROW
    width = max(column for column, _ in found)
    if width > limits.max_columns:
        raise ImportFileError(f"La hoja «{title}» tiene datos en la columna {width} (fila {number}); el máximo es "
                              f"{limits.max_columns} columnas (imports.max_columns).")
    values: list[Any] = [None] * width
    for column, value in found:
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            raise too_long_cell(limits, f"hoja «{title}», fila {number}")
        values[column - 1] = value
    return values


def _merged_ranges(parser: WorkSheetParser, title: str,
                   limits: ImportSettings) -> list[tuple[int, int, int, int]]:
    """(first column, first row, last column, last row) of each merge, 1-based, within the limits."""
    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    ranges, covered = [], 0
    for cell in merged:
        first_col, first_row, last_col, last_row = range_boundaries(cell.ref)
        covered += (last_col - first_col + 1) * (last_row - first_row + 1)
        if covered > limits.max_merged_cells:
            raise ImportFileError(f"La hoja «{title}» tiene celdas combinadas que abarcan más de "
                                  f"{count_text(limits.max_merged_cells)} celdas (imports.max_merged_cells). "
                                  f"Descombínelas y envíela de nuevo.")
        ranges.append((first_col, first_row, last_col, last_row))
    return ranges


def _merge(grid: list[Sequence[Any]], ranges: list[tuple[int, int, int, int]]) -> dict[tuple[int, int], int]:
    """Copy each merged range's value into all its cells, and map the cells of horizontal merges to their width.

    A merged institution over three people's rows thus belongs to each of them.
    """
    spans: dict[tuple[int, int], int] = {}
    for first_col, first_row, last_col, last_row in ranges:
        top = grid[first_row - 1] if first_row <= len(grid) else EMPTY_ROW
        value = top[first_col - 1] if first_col <= len(top) else None
        width = last_col - first_col + 1
        for row in range(first_row - 1, min(last_row, len(grid))):
            line = list(grid[row])
            line.extend([None] * (last_col - len(line)))
            for column in range(first_col - 1, last_col):
                line[column] = value
                if width > 1:
                    spans[(row, column)] = width
            grid[row] = line
    return spans


class RecentReads:
    """The last few workbooks read, by content digest: a memo of `read_workbook`, refusals included.

    Bounded (`KEPT_READS`) and thread-safe: the bot stores into it from a worker thread and reads it
    from the event loop.
    """

    def __init__(self, size: int = KEPT_READS) -> None:
        self.size = size
        self._kept: OrderedDict[bytes, Workbook | str] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, content: bytes, result: Workbook | ImportFileError) -> None:
        with self._lock:
            self._kept[_digest(content)] = result if isinstance(result, Workbook) else str(result)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)

    def recall(self, content: bytes) -> Workbook | None:
        """The workbook read earlier, None when it was not; raises the refusal a read ended in."""
        with self._lock:
            found = self._kept.get(_digest(content))
        if isinstance(found, str):
            raise ImportFileError(found)
        return found


def _digest(content: bytes) -> bytes:
    return hashlib.blake2b(content, digest_size=20).digest()


RECENT = RecentReads()
"""The process's memo of read workbooks (a cache of a pure function, not state anyone depends on)."""
