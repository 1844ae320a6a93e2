"""A message written all in lower case names a person right after an institution: an honorific, or a known name
followed by a post, ends the institution (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "role"), [
    ("agrega contacto el capitan de bomberos luis alberto rojas comandante de la segunda compañia fono 987651234",
     "Luis Alberto Rojas", "capitan"),
    ("guarda el contacto de la directora del hogar de ancianos de yumbel señora maria ines fuentes fono 976543210",
     "Maria Ines Fuentes", "directora"),
])
def test_the_person_after_a_lowercase_institution_is_the_contact(read, text, name, role):
    contact = read(text)
    assert contact["intent"] == "contact.create"
    assert contact["name"] == name
    assert role in contact["role"]


def test_an_institution_named_after_someone_keeps_the_name(read):
    assert "arturo prat" in read("el teléfono del director del liceo arturo prat")["query"]
