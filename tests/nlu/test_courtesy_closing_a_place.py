"""A place or an address that ends the message is followed by how the person closes it: a courtesy («xfa», «por fa»,
«porfis»), alone or after a closing word («dale porfa», «ya porfa gracias»). None of it is part of the slot."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("agendá reunión con la junta el viernes a las 10 en la sede vecinal dale porfa", "place", "sede vecinal"),
    ("agenda reu con la directiva el jueves 10 hrs en la sede villa sur ya porfa gracias", "place",
     "sede villa sur"),
    ("Se ruega agendar la visita del seremi el lunes a las 11 en el salón de honor, por fa", "place",
     "salón de honor"),
    ("eh agéndale al alcalde la once con los dirigentes el martes a las 5 en la sede del club x fa", "place",
     "sede del club"),
    ("reclamo de la vecina por micro basural en pasaje los aromos 12 ya xfa", "address", "pasaje los aromos 12"),
])
def test_the_closing_courtesy_is_no_part_of_the_slot(read, text, slot, value):
    assert read(text)[slot].lower() == value
