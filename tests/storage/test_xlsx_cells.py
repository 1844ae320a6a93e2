"""Cells as hand-kept spreadsheets hold them: phones as numbers, Chilean dates, folded headers."""

from __future__ import annotations

import pytest

from storage.xlsx import cells
from storage.xlsx.headers import match_field
from storage.xlsx.import_contacts import FIELDS


@pytest.mark.parametrize(("value", "expected"), [
    (56987654321.0, "+56987654321"), (987654321, "+56987654321"), ("+56 9 8765 4321", "+56987654321"),
    ("(2) 2345 6789", "+56223456789"), ("s/i", None), (None, None),
])
def test_phone_numbers_stored_as_numbers_or_text_become_one_form(value, expected):
    assert cells.phone(value) == expected


def test_two_phones_in_one_cell_are_refused_with_the_reason():
    with pytest.raises(cells.CellError, match="teléfono no válido"):
        cells.phone("9 8765 4321 / 2 2345 6789")


@pytest.mark.parametrize(("value", "expected"), [
    ("14-02", (2, 14, None)), ("02-14", (2, 14, None)), ("14 de febrero", (2, 14, None)),
    ("5 dic", (12, 5, None)), ("14/02/1970", (2, 14, 1970)), ("2027-02-14", (2, 14, 2027)),
])
def test_day_month_reads_chilean_order_words_and_iso(value, expected):
    assert cells.day_month(value, "la fecha") == expected


def test_impossible_date_is_refused():
    with pytest.raises(cells.CellError, match="no existe la fecha"):
        cells.day_month("31-02", "la fecha")


def test_email_is_lower_cased_and_validated():
    assert cells.email("MSoto@Salud.CL") == "msoto@salud.cl"
    with pytest.raises(cells.CellError):
        cells.email("msoto@")


@pytest.mark.parametrize(("header", "field"), [
    ("Nombre completo", "name"), ("Institución", "institution"), ("Organismo", "institution"),
    ("Fono", "phone"), ("Celular", "phone"), ("E-mail", "email"), ("Correo electrónico", "email"),
    ("Teléfono de la asistente", "assistant_phone"), ("Secretaria", "assistant_name"),
    ("Fecha de nacimiento", "birthday"), ("Orden de precedencia", "precedence"), ("N°", None),
])
def test_header_variants_map_to_fields(header, field):
    assert match_field(header, FIELDS) == field
