"""Hostile spreadsheets, small on disk and huge once unpacked, as the issue's probe sent them.

Each is a minimal but real .xlsx package whose sheet or shared-string part is generated XML,
written to the zip in chunks so the test itself never holds the unpacked text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
Parts = dict[str, Callable[[], Iterator[str]]]


RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
KIND = "application/vnd.openxmlformats-officedocument.spreadsheetml"
BASE = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{KIND}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{KIND}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{KIND}.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
        f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
        '<sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{PACKAGE_RELS}">'
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
}


def package(parts: Parts) -> bytes:
    """A minimal .xlsx: a header row "Nombre" and one shared string, with the named parts replaced."""
    defaults: Parts = {SHEET: sheet(header_rows), STRINGS: shared_strings(1)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, text in BASE.items():
            target.writestr(name, text)
        for name, chunks in {**defaults, **parts}.items():
            with target.open(name, "w", force_zip64=True) as stream:
                for chunk in chunks():
                    stream.write(chunk.encode())
    return buffer.getvalue()


def sheet(rows: Callable[[], Iterator[str]], tail: str = "") -> Callable[[], Iterator[str]]:
    def chunks() -> Iterator[str]:
        yield f'<worksheet xmlns="{MAIN}"><sheetData>'
        yield from rows()
        yield f"</sheetData>{tail}</worksheet>"
    return chunks


def shared_strings(count: int, text: Callable[[int], str] = lambda _i: "x") -> Callable[[], Iterator[str]]:
    def chunks() -> Iterator[str]:
        yield f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">'
        batch = []
        for index in range(count):
            batch.append(f"<si><t>{text(index)}</t></si>")
            if len(batch) == 10_000:
                yield "".join(batch)
                batch = []
        yield "".join(batch) + "</sst>"
    return chunks


def header_rows() -> Iterator[str]:
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>Nombre</t></is></c></row>'


def repeated_rows(count: int) -> bytes:
    """A million identical rows ("1M identical rows in 341 KB took 96 s and 1.5 GB")."""
    def rows() -> Iterator[str]:
        yield from header_rows()
        row = '<row r="{0}"><c r="A{0}" t="s"><v>0</v></c></row>'
        for start in range(2, count + 2, 10_000):
            yield "".join(row.format(number) for number in range(start, min(start + 10_000, count + 2)))
    return package({SHEET: sheet(rows)})


def many_shared_strings(count: int) -> bytes:
    """Ten million distinct-looking texts in the shared-string table ("10M shared strings in 414 KB")."""
    return package({STRINGS: shared_strings(count, lambda index: f"v{index % 1000}")})


def whole_sheet_merge() -> bytes:
    """One merge over the whole sheet below the header ("A2:XFD1048576 (4.9 KB) needs more than 6 GB")."""
    return package({SHEET: sheet(header_rows, '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>')})


def huge_string(chars: int) -> bytes:
    """One cell holding a very long text ("a 500 MB string in a 488 KB file was killed at 5.7 GB")."""
    def rows() -> Iterator[str]:
        yield from header_rows()
        yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        for _ in range(chars // 1_000_000):
            yield "a" * 1_000_000
        yield "a" * (chars % 1_000_000) + "</t></is></c></row>"
    return package({SHEET: sheet(rows)})


def wide_row(column: int) -> bytes:
    """A value far to the right of the table."""
    from openpyxl.utils import get_column_letter

    def rows() -> Iterator[str]:
        yield from header_rows()
        yield f'<row r="2"><c r="{get_column_letter(column)}2" t="inlineStr"><is><t>x</t></is></c></row>'
    return package({SHEET: sheet(rows)})


def encrypted() -> bytes:
    """What Excel writes for a password-protected workbook: a Compound File (OLE) holding the encrypted
    package, not a zip. The header and directory entry names are the parts the check relies on."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\0")
                         for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    return header + directory + bytes(4096)


def old_xls() -> bytes:
    """An Excel 97-2003 workbook (a Compound File with a Workbook stream), renamed to .xlsx."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\0") for name in ("Root Entry", "Workbook"))
    return header + directory + bytes(4096)
