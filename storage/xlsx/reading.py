"""Opening an uploaded workbook and turning each sheet's table into numbered rows of field values."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from storage.xlsx.headers import Field, find_header


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message tells the user why, in Spanish."""


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


def read_tables(content: bytes, fields: Sequence[Field], required: Sequence[str], what: str) -> SheetData:
    """Every sheet that has a recognisable table; blank rows are skipped.

    `what` names the content for the error message ("contactos"), when no sheet has the columns.
    """
    workbook = _open(content)
    rows: list[SheetRow] = []
    ignored: list[str] = []
    sheets: list[str] = []
    for sheet in workbook.worksheets:
        grid, spans = _grid(sheet)
        header = find_header(grid, spans, fields, required)
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


def _open(content: bytes) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation and styles it skips
            return load_workbook(io.BytesIO(content), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError("El archivo no se pudo leer como planilla Excel (.xlsx).") from error


def _grid(sheet: Worksheet) -> tuple[list[list[Any]], dict[tuple[int, int], int]]:
    """Cell values row by row, each merged range's value copied into all its cells.

    A merged institution over three people's rows thus belongs to each of them. The second value
    maps each cell of a horizontal merge to its width.
    """
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    spans: dict[tuple[int, int], int] = {}
    for merged in sheet.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else None
        width = merged.max_col - merged.min_col + 1
        for row in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            line = grid[row]
            line.extend([None] * (merged.max_col - len(line)))
            for column in range(merged.min_col - 1, merged.max_col):
                line[column] = value
                if width > 1:
                    spans[(row, column)] = width
    return grid, spans
