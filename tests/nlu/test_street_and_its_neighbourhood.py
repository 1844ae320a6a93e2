"""A street's neighbourhood belongs to its address, said right after the street or elsewhere in the message, and a
street named by a number («pasaje 3») is a street; an address keeps its abbreviations. Sentences written for these
tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("Reclamo del vecino Tomás Ulloa: el camión de la basura no pasa por pasaje Las Dalias, Población Santa Inés, "
     "desde el lunes", "pasaje Las Dalias, Población Santa Inés"),
    ("doña Eliana Muñoz, que vive en calle Ongolmo 1120, Villa El Bosque, pide poda de un árbol que tapa la luminaria",
     "calle Ongolmo 1120, Villa El Bosque"),
    ("reclama la señora teresa vidal por perros vagos en el pasaje 3 de la población los copihues",
     "pasaje 3 de la población los copihues"),
])
def test_a_neighbourhood_right_after_the_street_joins_it(read, text, address):
    assert read(text)["address"] == address


def test_the_residents_neighbourhood_joins_the_street_named_later(read):
    found = read("Los vecinos de la Población Vista Hermosa informan que se cayó un árbol en el pasaje Los Aromos y "
                 "bloquea el paso")
    assert found["address"] == "pasaje Los Aromos, Población Vista Hermosa"


def test_a_street_address_keeps_its_abbreviation(read):
    assert read("reclamo: socavón enorme en av los carrera 2210, casi se cae un ciclista")["address"] == \
        "av los carrera 2210"
