"""Rows written as XML by storage.xlsx.rows are byte for byte what openpyxl's own cells would write."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from storage.xlsx.rows import RowSheet, number_cell, row, text_cell

LOOKS = st.tuples(st.booleans(), st.sampled_from([None, "0%", "0.00"]))
DAY_LOOKS = st.tuples(st.booleans(), st.sampled_from(["dd-mm-yyyy", "dd-mm-yyyy hh:mm", "mm-yyyy"]))
"""A day always has a day format, as every sheet gives it (openpyxl would pick its own otherwise)."""
XML_CHARACTERS = st.characters(exclude_characters="\ufffe\uffff", exclude_categories=("Cs",))
"""What `text_cell` is given: `cells.py` has already dropped what XML cannot hold (lone surrogates too)."""
texts = st.text(XML_CHARACTERS, min_size=1, max_size=40).filter(lambda text: not ILLEGAL_CHARACTERS_RE.search(text))
values = st.one_of(
    texts, st.sampled_from(["#N/A", "#REF!", "=1+1", " padded ", "a\r\nb", "<&>", "Núñez"]),
    st.integers(min_value=-(10**15), max_value=10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
days = st.one_of(st.dates(min_value=date(1900, 1, 1)), st.datetimes(min_value=datetime(1900, 1, 1)))
cells = st.lists(st.one_of(st.none(), st.tuples(values, LOOKS), st.tuples(days, DAY_LOOKS)), max_size=8)


def _styled(cell: WriteOnlyCell, bold: bool, number_format: str | None) -> WriteOnlyCell:
    if bold:
        cell.font = Font(bold=True)
    if number_format:
        cell.number_format = number_format
    return cell


def _openpyxl_sheet(rows: list[list]) -> tuple[bytes, bytes]:
    """The sheet and styles as openpyxl writes them from its own cells; text forced to stay text."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Hoja")
    for values in rows:
        line = []
        for item in values:
            if item is None:
                line.append(None)
                continue
            (value, (bold, number_format)) = item
            cell = _styled(WriteOnlyCell(sheet), bold, number_format)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
            line.append(cell)
        sheet.append(line)
    return _parts(workbook)


def _row_sheet(rows: list[list]) -> tuple[bytes, bytes]:
    workbook = Workbook(write_only=True)
    sheet = RowSheet.add_to(workbook, "Hoja")
    for number, values in enumerate(rows, start=1):
        line = []
        for column, item in enumerate(values):
            if item is None:
                continue
            (value, (bold, number_format)) = item
            style = _styled(WriteOnlyCell(sheet), bold, number_format).style_id if bold or number_format else None
            ref = f"{'ABCDEFGH'[column]}{number}"
            write = text_cell if isinstance(value, str) else number_cell
            line.append(write(ref, value, str(style) if style else None))
        sheet.append(row(number, line))
    return _parts(workbook)


def _parts(workbook: Workbook) -> tuple[bytes, bytes]:
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return archive.read("xl/worksheets/sheet1.xml"), archive.read("xl/styles.xml")


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(cells, max_size=6))
def test_rows_are_written_as_openpyxl_writes_the_same_cells(rows):
    assert _row_sheet(rows) == _openpyxl_sheet(rows)


def test_a_value_a_sheet_cannot_hold_is_refused():
    with pytest.raises(TypeError, match="object"):
        number_cell("A1", object(), None)  # type: ignore[arg-type]
