"""A corner where one street says it is a street (its type, or a bearing): both streets are the address, in
sentences written for these tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo: luminaria apagada en Av. Francia con Bulnes, muy oscuro de noche", "Av. Francia con Bulnes"),
    ("Reclamo: paradero destruido Av. Matta con 4 Norte, Linares. Derivar.", "Av. Matta con 4 Norte"),
    ("reclamo: perros sueltos en la plaza de Las Rosas con Camino Viejo, Coihueco", "Las Rosas con Camino Viejo"),
])
def test_a_corner_with_a_typed_street_is_the_whole_address(read, text, address):
    assert read(text)["address"] == address


def test_a_given_name_after_con_is_someone_met_there(read):
    assert read("reunión en la Plaza Colón con Pedro Araya el lunes a las 10")["place"] == "Plaza Colón"
