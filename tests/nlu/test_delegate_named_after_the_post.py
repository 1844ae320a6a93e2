"""Who goes instead of the mayor, named by post and then by name (sentences written for these tests only): the name
said after «en su representación» is who goes, and an abbreviated honorific does not cut the name."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "delegate"), [
    ("a lo de la cámara de comercio que vaya el jefe de finanzas en representación, el Sr. Hernán Bustos",
     "Hernán Bustos"),
    ("a la misa de los pescadores va la secretaria municipal en reemplazo del alcalde, Gloria Paredes",
     "Gloria Paredes"),
])
def test_the_name_after_the_aside_is_who_goes(parser, text, delegate):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["delegate"] == delegate


def test_an_abbreviated_honorific_does_not_cut_the_delegate(parser):
    understanding = parser.parse("Sobre el aniversario del liceo: el alcalde no podrá asistir; asistirá en su "
                                 "representación la Concejala Sra. Verónica Lagos, según el protocolo.", NOW)
    assert understanding.slots["delegate"].endswith("Verónica Lagos")


@pytest.mark.parametrize(("text", "delegate"), [
    ("manda al jefe de gabinete don tomás rojas en su representación", "jefe de gabinete don Tomás Rojas"),
    ("que vaya la jefa de gabinete doña carla muñoz en su lugar", "jefa de gabinete doña Carla Muñoz"),
    ("a la misa que vaya mejor don pedro lagos en su lugar", "don Pedro Lagos"),
])
def test_a_name_typed_in_lower_case_after_an_honorific_is_written_as_a_name(parser, text, delegate):
    assert parser.parse(text, NOW).slots["delegate"] == delegate
