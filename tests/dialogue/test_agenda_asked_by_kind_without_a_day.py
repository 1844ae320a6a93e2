"""The mayor's activities asked for by their kind and no day («qué reuniones tiene el alcalde») are what is coming,
as «qué recordatorios tengo» is; «qué tiene el alcalde» alone is still today."""

from __future__ import annotations

import pytest

EVENTS = ("reunión con bomberos hoy a las 17", "sí", "reunión con la DOM el jueves 3 de diciembre a las 11", "sí")


@pytest.mark.parametrize("asked", [
    "qué reuniones tiene el alcalde",
    "q actividades tiene el alcalde xfa",
    "¿Cuáles son los compromisos del señor alcalde?",
    "oye y qué reuniones tenís",
])
def test_activities_asked_by_kind_are_the_coming_ones(chat, asked: str) -> None:
    *_, agenda = chat(*EVENTS, asked)
    assert "bomberos" in agenda.text and "DOM" in agenda.text, agenda.text


def test_what_the_mayor_has_is_today(chat) -> None:
    *_, agenda = chat(*EVENTS, "qué tiene el alcalde")
    assert "bomberos" in agenda.text and "DOM" not in agenda.text, agenda.text
