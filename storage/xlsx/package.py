"""Checking an uploaded .xlsx as a package (a zip of XML parts) before openpyxl reads any of it.

openpyxl unpacks what a file declares without asking how much: a 414 KB file of ten million
shared strings took 1 GB, a 488 KB one holding a 500 MB string was killed at 5.7 GB. The zip's
directory states each part's unpacked size (and `zipfile` never unpacks past it), so the size,
the packing ratio and the shared-string table can be judged here, in bounded memory, and a
hostile file refused in milliseconds with one line that names the limit.
"""

from __future__ import annotations

import io
import zipfile

from openpyxl.xml.functions import iterparse

from settings.model import ImportSettings
from storage.xlsx.errors import ImportFileError, count_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound File Binary: an old .xls, or an .xlsx that Excel encrypted with a password."""
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
RATIO_CHECKED_FROM = 1024 * 1024
"""Parts smaller than this are not judged by their ratio: small XML packs very well and is harmless."""
MB = 1024 * 1024
SHARED_STRINGS_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}si"

NOT_XLSX = "El archivo no se pudo leer como planilla Excel (.xlsx)."
ENCRYPTED = ("La planilla está protegida con contraseña y no puedo abrirla: ábrala en Excel, quítele la contraseña "
             "(Archivo > Información > Proteger libro > Cifrar con contraseña, y deje la contraseña vacía) "
             "y envíela de nuevo.")
OLD_XLS = ("Es una planilla de Excel antigua (.xls, Excel 97-2003) aunque diga .xlsx: ábrala en Excel y guárdela "
           "como «Libro de Excel (.xlsx)».")


def check_package(content: bytes, limits: ImportSettings) -> None:
    """Refuse the file, with `ImportFileError`, over any limit that can be checked without reading its sheets."""
    if len(content) > limits.max_file_mb * MB:
        raise ImportFileError(f"La planilla pesa {_mb(len(content))}; el máximo es {_mb(limits.max_file_mb * MB)} "
                              f"(imports.max_file_mb). Divídala en partes más pequeñas.")
    if content.startswith(OLE_MAGIC):
        raise ImportFileError(ENCRYPTED if ENCRYPTED_STREAM in content else OLD_XLS)
    try:
        package = zipfile.ZipFile(io.BytesIO(content))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise ImportFileError(NOT_XLSX) from error
    with package:
        _check_sizes(members, limits)
        _check_shared_strings(package, members, limits)


def _check_sizes(members: list[zipfile.ZipInfo], limits: ImportSettings) -> None:
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked_mb * MB:
        raise ImportFileError(f"La planilla se descomprime en {_mb(unpacked)}; el máximo es "
                              f"{_mb(limits.max_unpacked_mb * MB)} (imports.max_unpacked_mb). "
                              f"Divídala en partes más pequeñas.")
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size >= RATIO_CHECKED_FROM and member.file_size > limits.max_ratio * packed:
            raise ImportFileError(f"La planilla está comprimida de forma anómala ({member.filename} crece "
                                  f"{member.file_size // packed} veces; el máximo es "
                                  f"{limits.max_ratio}, imports.max_ratio): no la abro. Si es una planilla "
                                  f"real, ábrala en Excel y guárdela de nuevo.")


def _check_shared_strings(package: zipfile.ZipFile, members: list[zipfile.ZipInfo], limits: ImportSettings) -> None:
    """Count the workbook's distinct texts and measure each, streaming, before openpyxl loads them all."""
    for member in members:
        if not member.filename.lower().endswith("sharedstrings.xml"):
            continue
        count = 0
        try:
            with package.open(member) as stream:
                for _event, element in iterparse(stream, events=("end",)):
                    if element.tag != SHARED_STRINGS_TAG:
                        continue
                    count += 1
                    if count > limits.max_shared_strings:
                        raise ImportFileError(f"La planilla tiene más de {count_text(limits.max_shared_strings)} "
                                              f"textos distintos (imports.max_shared_strings). Divídala en "
                                              f"partes más pequeñas.")
                    if sum(len(text) for text in element.itertext()) > limits.max_cell_chars:
                        raise too_long_cell(limits)
                    element.clear()
        except ImportFileError:
            raise
        except Exception as error:  # any XML or zip fault: the file is damaged, whatever the parser's words
            raise ImportFileError(NOT_XLSX) from error


def too_long_cell(limits: ImportSettings, where: str = "") -> ImportFileError:
    place = f" ({where})" if where else ""
    return ImportFileError(f"Una celda{place} tiene más de {count_text(limits.max_cell_chars)} caracteres "
                           f"(imports.max_cell_chars).")


def _mb(size: float) -> str:
    return f"{size / MB:.1f} MB".replace(".", ",")
