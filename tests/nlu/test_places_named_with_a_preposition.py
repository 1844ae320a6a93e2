"""Places a complaint names that the usual «street and number» misses: a street whose name opens with «a» or «de»
after its type («camino a …», «plaza de armas de …»), a number counted along a street («paradero 14 de …»), and
whom to call back named after «contacto:»; sentences written for these tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("vecinos de Quilaco reclaman por un basural en el camino a Santa Bárbara, frente a la escuela",
     "camino a Santa Bárbara"),
    ("reclamo: los juegos de la plaza de armas de purranque están rotos, un niño se cortó",
     "plaza de armas de purranque"),
    ("la vecina Nora Paillán pide que reparen la luminaria del camino al cementerio", "camino al cementerio"),
    ("en el paradero 14 de Vicuña Mackenna no hay techo y la gente se moja, reclama un vecino",
     "paradero 14 de Vicuña Mackenna"),
])
def test_a_place_named_with_a_preposition_is_the_address(read, text, address):
    assert read(text)["address"] == address


def test_whom_to_call_back_is_the_resident_and_no_part_of_the_problem(read):
    found = read("denuncian microtráfico en la villa San Pedro, piden más rondas, contacto: Sergio Huenchul "
                 "9 4455 6677")
    assert found["citizen"] == "Sergio Huenchul"
    assert found["address"] == "villa San Pedro"
    assert "Huenchul" not in found["description"]


@pytest.mark.parametrize(("text", "department"), [
    ("vecinos de la villa Los Parques de Talagante reclaman por un hoyo en la vereda del pasaje 5", "operaciones"),
    ("dirigentes de la población Las Palomas de Isla de Maipo reclaman por luminarias apagadas en calle Balmaceda 40",
     "operaciones"),
    ("vecinos del condominio Jardín Alto de Peñaflor reclaman por un socavón en avenida Larraín 560", "operaciones"),
    ("la gente del sector Los Perales de Pirque reclama por ruidos molestos de una fábrica en el camino El Principal "
     "1200", "inspeccion"),
])
def test_a_routing_word_inside_a_place_name_routes_only_when_nothing_else_does(read, text, department):
    """«Jardines», «Parque», «Palomas» name the place here, not what the complaint is about."""
    assert read(text)["department"] == department


def test_a_place_name_still_routes_when_the_complaint_names_nothing_else(read):
    assert read("reclamo por la plaza de la villa Los Aromos, está abandonada")["department"] == "medio_ambiente"
