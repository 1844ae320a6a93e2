"""Army divisions, naval and police zones are numbered in Roman numerals («la VI División de Ejército», «la II Zona
Naval», «la XV Zona de Carabineros»): the numeral is part of the institution's name, so the organizer keeps it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 10, 13, 8, 45)


@pytest.mark.parametrize(("text", "organizer"), [
    ("Estimada, le informo que la VI División de Ejército invita al señor Alcalde a la ceremonia de juramento a la "
     "bandera el viernes 16 de octubre a las 10:30 horas en el Morro de Arica.", "VI División de Ejército"),
    ("oye llegó invitación de la II Zona Naval pal aniversario el sábado 24 a las 12 en la base", "II Zona Naval"),
    ("la XV Zona de Carabineros invita al alcalde a la ceremonia de aniversario el jueves 29 a las 11",
     "XV Zona de Carabineros"),
    ("eh anotá la invitación de la III División de Ejército al desfile del viernes 30 a las 10",
     "III División de Ejército"),
])
def test_the_roman_numeral_stays_in_the_organizer(parser, text, organizer):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["organizer"] == organizer


def test_a_lower_case_vi_is_no_numeral(parser):
    understanding = parser.parse("ayer vi la invitación de la Junta de Vecinos Los Aromos al bingo del sábado 24",
                                 NOW)
    assert understanding.slots.get("organizer") == "Junta de Vecinos Los Aromos"


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("invitación de la vi división de ejército a la ceremonia de cambio de mando el viernes 16 a las 11",
     "organizer", "VI división de ejército"),
    ("la iv zona de carabineros invita al alcalde al aniversario el jueves 29 a las 10", "organizer",
     "IV zona de carabineros"),
    ("oye anotá que la ii zona naval nos invita pal desfile del sábado 24 a las 12", "organizer", "II zona naval"),
    ("Sírvase registrar el contacto del Mayor Pablo Soto, comandante de la iii brigada", "institution",
     "III brigada"),
])
def test_a_roman_numeral_typed_in_lower_case_numbers_the_institution_in_capitals(parser, text, slot, value):
    understanding = parser.parse(text, NOW)
    assert understanding.slots[slot] == value, understanding.slots


def test_a_lower_case_vi_before_no_institution_stays_the_verb(parser):
    understanding = parser.parse("ayer vi zona de obras en la plaza, agenda visita el lunes a las 9", NOW)
    assert not any("VI" in str(value) for value in understanding.slots.values()), understanding.slots
