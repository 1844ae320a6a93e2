"""A complaint's address told the way the countryside and the villas give it: a kilometre of a road, a plot of
an estate, a river's bank, a pasaje of a villa with its house. The address holds every piece, since each alone
sends the crew nowhere."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)


@pytest.mark.parametrize(("text", "address"), [
    ("la sra Inés reclama por un hoyo grande en el kilómetro 7 del camino a Pencahue",
     "kilómetro 7 del camino a Pencahue"),
    ("reclamo de don Aurelio Vega por bache en km 18 ruta 5 sur, frente a la copec", "km 18 ruta 5 sur"),
    ("Reclamo: alcantarilla tapada en camino a Lo Valdés km 2,5, avisa Juan Soto", "camino a Lo Valdés km 2,5"),
    ("q no pasa la micro x el km 4.5 de la ruta K-25 reclaman los apoderados", "km 4.5 de la ruta K-25"),
    ("reclamo por escombros a la altura del km 14 de la ruta 115", "km 14 de la ruta 115"),
])
def test_a_road_and_its_kilometre_are_one_address(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo x falta de agua en el lote 5 de la hijuela 3, sector La Quebrada",
     "lote 5 de la hijuela 3, sector La Quebrada"),
    ("la vecina Olga Muñoz reclama por perros sueltos en la parcela 22 del sector El Peumo",
     "parcela 22 del sector El Peumo"),
    ("Se recibe reclamo por corte de camino en hijuela 4 lote C, don Tito Ramos", "hijuela 4 lote C"),
])
def test_a_plot_and_its_estate_are_one_address(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo por basura en la ribera del río Claro", "ribera del río Claro"),
    ("vecinos reclaman q hay un microbasural en la orilla del estero Las Garzas", "orilla del estero Las Garzas"),
    ("reclamo de la junta de vecinos por escombros botados en la rivera del río Lontué", "rivera del río Lontué"),
])
def test_a_river_bank_is_the_address(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address


@pytest.mark.parametrize(("text", "address"), [
    ("el vecino Luis Mora reclama q no hay luz en el pasaje 3 de la villa Los Aromos casa 45",
     "pasaje 3 de la villa Los Aromos casa 45"),
    ("reclamo por luminaria apagada en Villa Las Acacias pasaje 6 casa 12", "Villa Las Acacias pasaje 6 casa 12"),
    ("Reclamo de la vecina Ana Toro: no pasa el camión en población Santa Elena block 4 depto 12",
     "población Santa Elena block 4 depto 12"),
])
def test_a_villa_its_pasaje_and_house_are_one_address(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address


def test_a_bank_named_without_its_river_is_no_address(parser):
    understanding = parser.parse("reclamo por basura en la orilla del camino, avisa la sra Ana", NOW)
    assert "address" not in understanding.slots


def test_where_the_resident_lives_told_before_the_verb_is_no_part_of_the_problem(parser):
    understanding = parser.parse("la vecina Rosa Díaz de la parcela 8 del sector Quilvo reclama por un perro muerto en "
                                 "el camino", NOW)
    assert understanding.slots["address"] == "parcela 8 del sector Quilvo"
    assert understanding.slots["description"] == "perro muerto en el camino"
