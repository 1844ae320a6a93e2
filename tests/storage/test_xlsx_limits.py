"""Workbooks over a limit are refused with one Spanish line naming it, before they can take the memory."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from settings.model import ImportSettings
from storage.xlsx import isolated
from storage.xlsx.import_contacts import plan_contacts
from storage.xlsx.reading import RECENT, ImportFileError, RecentReads, read_workbook
from tests.storage import hostile_xlsx
from tests.storage.xlsx_files import xlsx_bytes

LIMITS = ImportSettings()


def refusal(content: bytes, limits: ImportSettings = LIMITS) -> str:
    with pytest.raises(ImportFileError) as refused:
        read_workbook(content, limits)
    return str(refused.value)


def test_a_million_repeated_rows_are_refused_by_the_row_limit() -> None:
    assert "más de 20.000 filas con datos (imports.max_rows)" in refusal(hostile_xlsx.repeated_rows(1_000_000))


@pytest.mark.slow
def test_ten_million_shared_strings_are_refused_by_their_unpacked_size() -> None:
    text = refusal(hostile_xlsx.many_shared_strings(10_000_000))
    assert "se descomprime en" in text and "imports.max_unpacked_mb" in text


def test_too_many_shared_strings_are_counted_before_openpyxl_loads_them() -> None:
    text = refusal(hostile_xlsx.many_shared_strings(3_000), replace(max_shared_strings=2_000))
    assert text == ("La planilla tiene más de 2.000 textos distintos (imports.max_shared_strings). "
                    "Divídala en partes más pequeñas.")


def test_a_merge_over_the_whole_sheet_is_refused() -> None:
    assert "imports.max_merged_cells" in refusal(hostile_xlsx.whole_sheet_merge())


def test_a_huge_string_is_refused_by_its_packing_ratio() -> None:
    text = refusal(hostile_xlsx.huge_string(30_000_000))
    assert "comprimida de forma anómala" in text and "imports.max_ratio" in text


def test_a_cell_longer_than_excel_allows_is_refused_naming_where() -> None:
    text = refusal(hostile_xlsx.huge_string(40_000))
    assert text == "Una celda (hoja «Hoja1», fila 2) tiene más de 32.767 caracteres (imports.max_cell_chars)."


def test_a_shared_string_longer_than_the_limit_is_refused() -> None:
    content = hostile_xlsx.many_shared_strings(10)
    assert "imports.max_cell_chars" in refusal(content, replace(max_cell_chars=1))


def test_data_far_to_the_right_is_refused_by_the_column_limit() -> None:
    assert "columna 100 (fila 2); el máximo es 60 columnas" in refusal(hostile_xlsx.wide_row(100))


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened() -> None:
    assert "imports.max_file_mb" in refusal(b"PK" + bytes(2 * 1024 * 1024), replace(max_file_mb=1))


def test_a_password_protected_workbook_is_named_as_such() -> None:
    assert refusal(hostile_xlsx.encrypted()).startswith("La planilla está protegida con contraseña")


def test_an_old_xls_renamed_to_xlsx_is_named_as_such() -> None:
    assert "Excel antigua (.xls" in refusal(hostile_xlsx.old_xls())


def test_damaged_files_get_one_line_whatever_openpyxl_raised() -> None:
    assert refusal(b"PK\x03\x04 no es un zip") == "El archivo no se pudo leer como planilla Excel (.xlsx)."
    broken = hostile_xlsx.package({hostile_xlsx.SHEET: lambda: iter(["<worksheet><sheetData><row"])})
    assert refusal(broken) == "El archivo no se pudo leer como planilla Excel (.xlsx)."


def test_shared_strings_as_excel_writes_them_are_read() -> None:
    """Excel stores texts in the shared-string table (openpyxl, as patched here, writes them inline)."""
    workbook = read_workbook(hostile_xlsx.repeated_rows(3), LIMITS)
    assert workbook.sheets[0].grid == [["Nombre"], ["x"], ["x"], ["x"]]


def test_rows_at_the_limit_are_read_and_blank_rows_do_not_count() -> None:
    rows = [["Nombre"], *([f"Persona {n}"] for n in range(9)), *([None] for _ in range(30)), ["Última"]]
    workbook = read_workbook(xlsx_bytes(*rows), replace(max_rows=11))
    assert workbook.sheets[0].grid[-1] == ["Última"] and len(workbook.sheets[0].grid) == 41


def test_the_child_process_reader_gives_the_same_values_and_the_same_refusals() -> None:
    content = xlsx_bytes(["Nombre", "Cargo"], ["Ana Ruiz", "Seremi"])
    assert isolated.read_isolated(content, LIMITS) == read_workbook(content, LIMITS)
    with pytest.raises(ImportFileError, match=r"imports\.max_rows"):
        isolated.read_isolated(hostile_xlsx.repeated_rows(100), replace(max_rows=10))


def test_a_read_that_outlives_its_time_is_stopped_with_a_clear_line() -> None:
    content = hostile_xlsx.repeated_rows(200_000)
    with pytest.raises(ImportFileError, match=r"tardó más de 0\.01 s en leerse \(imports.read_seconds\)"):
        isolated.read_isolated(content, replace(read_seconds=0.01, max_rows=1_000_000))


def test_an_import_plans_from_the_workbook_read_ahead_refusal_included(sqlite_engine) -> None:
    content = hostile_xlsx.repeated_rows(50)
    isolated.read_ahead(content, replace(max_rows=10))
    with Session(sqlite_engine) as session, pytest.raises(ImportFileError, match="más de 10 filas"):
        plan_contacts(session, content)
    fine = xlsx_bytes(["Nombre"], ["Ana Ruiz"])
    isolated.read_ahead(fine, LIMITS)
    with Session(sqlite_engine) as session:
        assert [change.values["name"] for change in plan_contacts(session, fine).added] == ["Ana Ruiz"]


def test_the_memo_keeps_only_the_latest_reads() -> None:
    memo = RecentReads(size=2)
    books = [xlsx_bytes(["Nombre"], [f"Persona {n}"]) for n in range(3)]
    for content in books:
        memo.keep(content, read_workbook(content, LIMITS))
    assert memo.recall(books[0]) is None
    assert memo.recall(books[2]).sheets[0].grid[1] == ["Persona 2"]
    assert RECENT.size >= 2


def replace(**changes: object) -> ImportSettings:
    from msgspec.structs import replace as struct_replace

    return struct_replace(LIMITS, **changes)
