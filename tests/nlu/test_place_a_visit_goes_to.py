"""A visit names where it goes by the name after its «a» («visita a terreno a San Félix», «gira al Valle del
Huasco»): that name is the activity's place; a person visited is not (sentences written for these tests only)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 8, 25, 16, 40)  # a Wednesday


@pytest.mark.parametrize(("text", "place"), [
    ("agendar visita a terreno a San Félix el viernes a las 3 de la tarde", "San Félix"),
    ("agenda gira al Valle del Huasco el lunes a las 9", "Valle del Huasco"),
    ("Por favor agende una salida a terreno a Chañaral de Aceituno el jueves a las 9", "Chañaral de Aceituno"),
    ("anota recorrido a Carrizal Bajo el martes 31 a las 11 xfa", "Carrizal Bajo"),
])
def test_where_a_visit_goes_is_its_place(parser, text: str, place: str) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["place"] == place


def test_a_person_visited_is_no_place(parser) -> None:
    understanding = parser.parse("agenda visita a Juan Pérez el viernes a las 10", NOW)
    assert "place" not in understanding.slots
