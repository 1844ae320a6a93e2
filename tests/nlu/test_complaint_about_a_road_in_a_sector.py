"""A complaint about a road or a footpath told right after «por» («reclamo por camino de tierra lleno de hoyos en el
sector X») is about that road: the description says it, and the address is the sector or the street after «en»
(or after «frente al número …»), never the road in bad shape joined to it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 4, 5, 9, 0)


@pytest.mark.parametrize(("text", "address", "matter"), [
    ("reclamo de don Ernesto Bravo por camino de ripio lleno de baches en el sector Los Quillayes",
     "sector Los Quillayes", "camino de ripio lleno de baches"),
    ("Se recibe queja sobre el camino vecinal cortado por el barro en la villa Las Araucarias.",
     "villa Las Araucarias", "camino vecinal cortado"),
    ("oiga reclamo x calle sin pavimentar en población Nueva Esperanza", "población Nueva Esperanza",
     "calle sin pavimentar"),
    ("la vecina reclama por pasaje de tierra lleno de posas en el sector El Maitén", "sector El Maitén",
     "pasaje de tierra lleno de posas"),
])
def test_the_road_after_por_is_the_matter_and_the_sector_the_address(parser, text, address, matter):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address
    assert matter in understanding.slots["description"]


@pytest.mark.parametrize(("text", "address"), [
    ("queja por vereda rota frente al número 88 de Freire", "Freire 88"),
    ("reclamo por un poste caído frente al nro 1200 de avenida Colón", "avenida Colón 1200"),
    ("vecino reclama por hoyo al lado del n° 15 de Maipú", "Maipú 15"),
])
def test_a_house_number_announced_before_its_street_is_the_address(parser, text, address):
    assert parser.parse(text, NOW).slots["address"] == address


def test_a_named_road_after_por_is_still_where_the_problem_is(parser):
    understanding = parser.parse("reclamo por camino a Los Queñes en mal estado", NOW)
    assert understanding.slots["address"] == "camino a Los Queñes"
