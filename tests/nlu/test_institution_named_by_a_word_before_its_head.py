"""A capitalised word joined by «de» before an institution's head opens its name: «la Brigada de Bomberos de X» is
the Brigada's invitation, not the Bomberos' (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer"), [
    ("La Brigada de Bomberos de Curacaví invita al señor alcalde a su aniversario el viernes 12 a las 19",
     "Brigada de Bomberos de Curacaví"),
    ("la Compañía de Teatro La Troppa invita al alcalde al estreno el sábado 13 a las 20 en el teatro",
     "Compañía de Teatro La Troppa"),
    ("Le cuento que la Sección de Rescate de Bomberos de Olmué invita al alcalde al ejercicio el jueves 11 a las 10",
     "Sección de Rescate de Bomberos de Olmué"),
    ("la brigada de bomberos de pirque invita al alcalde al desfile el domingo 14 a las 11",
     "brigada de bomberos de pirque"),
])
def test_the_words_before_the_head_are_part_of_the_organizer(read, text, organizer):
    assert read(text)["organizer"] == organizer


def test_a_lower_case_word_before_the_institution_stays_out(read):
    text = "informo a usted que la Asociación de Municipios invita al alcalde al seminario el martes 9 a las 9"
    assert read(text)["organizer"] == "Asociación de Municipios"
