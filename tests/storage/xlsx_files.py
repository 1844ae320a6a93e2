"""Spreadsheets as staff send them, built in memory for import tests."""

from __future__ import annotations

import io

from openpyxl import Workbook


def saved(workbook: Workbook) -> bytes:
    """The .xlsx file's bytes, as a Telegram document or a file on disk would hold them."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(*rows: list) -> bytes:
    """A one-sheet workbook holding `rows` from the first line down."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    return saved(workbook)
