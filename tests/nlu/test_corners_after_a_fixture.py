"""What stands at a corner (a traffic light, a bus stop, a lamp post) followed by two names joined by «con»: the
names are streets, written in capitals or not, and nobody's name; sentences written for these tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("vecina Ana Pérez reclama por el semáforo de Colón con Freire que está en amarillo intermitente",
     "Colón con Freire"),
    ("la luminaria de Baquedano con 21 de Mayo está apagada hace 3 noches, reclamo de don Luis Toro",
     "Baquedano con 21 de Mayo"),
    ("se cayó el poste de Bulnes con Rengo, avisa la vecina Carla Soto 9 8877 6655", "Bulnes con Rengo"),
    ("reclamo urgente: paradero de avenida alemania con caupolican destruido", "avenida alemania con caupolican"),
])
def test_two_streets_after_a_fixture_are_the_address(read, text, address):
    assert read(text)["address"] == address


def test_a_lowercase_corner_after_a_fixture_is_no_resident(read):
    slots = read("el semaforo de manuel montt con los carrera en osorno no funciona desde el lunes")
    assert slots["address"] == "manuel montt con los carrera"
    assert "citizen" not in slots
