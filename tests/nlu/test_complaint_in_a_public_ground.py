"""A park, a square, a sports ground or a median strip named where a complaint's problem is, is its address, as
«plaza Brasil» is: the crew goes there."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo de la vecina Olga Pizarro: escombros botados en el parque Los Libertadores", "parque Los Libertadores"),
    ("llamaron para reclamar que los columpios están rotos en la plazuela Manuel Rodríguez",
     "plazuela Manuel Rodríguez"),
    ("reclamo por perros vagos en la multicancha de la población Santa Julia",
     "multicancha de la población Santa Julia"),
    ("denuncia de árboles secos en el bandejón de avenida Pajaritos", "bandejón de avenida Pajaritos"),
])
def test_a_public_ground_where_the_problem_is_is_the_address(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address


def test_a_public_ground_does_not_route_a_complaint_whose_problem_routes_it(parser):
    understanding = parser.parse("vecinos reclaman por basura acumulada en la cancha del sector Las Palmas", NOW)
    assert understanding.slots["address"] == "cancha del sector Las Palmas"
    assert understanding.slots["department"] == "aseo"


def test_a_word_that_opens_a_clause_after_a_ground_is_not_its_name(parser):
    understanding = parser.parse("perros sueltos en el parque, cerca de la escuela Los Aromos", NOW)
    assert "cerca" not in (understanding.slots.get("address") or "")
