"""Invitation letters merged from a .docx template, one per guest, handed over as one .zip.

The office may replace the template (`[ceremonies] letter_template`); the shipped one is written here
with python-docx rather than kept as a binary, so it can be read and changed in code review. Word
splits typed text into runs unpredictably, so a placeholder is replaced over the whole paragraph.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph

from storage.ceremonies import CeremonyGuest
from storage.folding import fold

PLACEHOLDER = re.compile(r"\{(tratamiento|nombre|cargo|institucion|ceremonia|fecha|lugar|municipalidad)\}")
DEFAULT_TEXT = (
    "{municipalidad}",
    "",
    "{tratamiento} {nombre}",
    "{cargo}",
    "{institucion}",
    "Presente",
    "",
    "De mi consideración:",
    "",
    "Junto con saludarle, tengo el agrado de invitarle a la ceremonia de {ceremonia}, que se realizará el "
    "{fecha} en {lugar}.",
    "",
    "Su presencia honrará esta actividad de nuestra comuna.",
    "",
    "Sin otro particular, le saluda atentamente,",
    "",
    "Alcalde",
)


def default_template() -> DocumentObject:
    document = Document()
    for line in DEFAULT_TEXT:
        document.add_paragraph(line)
    return document


def _merge_paragraph(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    text = paragraph.text
    if not PLACEHOLDER.search(text):
        return
    merged = PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
    runs = paragraph.runs
    runs[0].text = merged
    for run in runs[1:]:
        run.text = ""


def merged_letter(template: bytes | None, values: Mapping[str, str]) -> bytes:
    """One letter: every placeholder of the template's paragraphs (and table cells) filled in."""
    document = Document(io.BytesIO(template)) if template else default_template()
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    for paragraph in paragraphs:
        _merge_paragraph(paragraph, values)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def letters_zip(template: bytes | None, guests: Sequence[CeremonyGuest], common: Mapping[str, str],
                treatment_of: Callable[[CeremonyGuest], str]) -> bytes:
    """A .zip with one `NN-nombre.docx` per guest, in the order given (the order of precedence)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, guest in enumerate(guests, start=1):
            values = {**common, "tratamiento": treatment_of(guest), "nombre": guest.name,
                      "cargo": guest.post or "", "institucion": guest.institution or ""}
            name = re.sub(r"[^a-z0-9]+", "-", fold(guest.name)).strip("-") or "invitado"
            archive.writestr(f"{number:02d}-{name}.docx", merged_letter(template, values))
    return out.getvalue()
