"""A group named in capitals after «reclamo de» (a junta, a club, an agrupación) is who the complaint is from when
no person is named; a date after «reclamo de» is nobody. Sentences written for these tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "citizen"), [
    ("Reclamo de la Junta de Vecinos El Esfuerzo: el consultorio no atiende a los postrados",
     "Junta de Vecinos El Esfuerzo"),
    ("reclamo del Club de Adulto Mayor Las Camelias por falta de luminarias en la sede",
     "Club de Adulto Mayor Las Camelias"),
    ("Queja de la Agrupación Cultural Raíces: la biblioteca no tiene calefacción", "Agrupación Cultural Raíces"),
])
def test_a_group_that_complains_is_the_citizen(read, text, citizen):
    assert read(text)["citizen"] == citizen


def test_a_person_named_beats_the_group(read):
    assert read("Reclamo de la vecina Rosa Muñoz por basura en pasaje Los Pinos 45")["citizen"] == "Rosa Muñoz"


def test_a_lowercase_time_after_reclamo_de_is_nobody(read):
    assert "citizen" not in read("reclamo de la semana pasada por el hoyo de calle Prat")
