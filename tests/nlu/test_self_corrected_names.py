"""«o sea» taking back a title or an organizer said just before («la cena, o sea el almuerzo de camaradería», «de la
Cámara de Comercio, o sea del Rotary») leaves only the value meant; «o sea» that only explains («…, o sea, hay que
moverla») takes nothing back."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("agenda la cena, o sea el almuerzo de camaradería del club deportivo el viernes a las 13", "title",
     "almuerzo de camaradería del club deportivo"),
    ("llegó invitación a la cena, o sea al almuerzo de camaradería de bomberos el viernes a las 13", "title",
     "almuerzo de camaradería de bomberos"),
    ("llegó invitación de la Cámara de Comercio, o sea del Rotary, a la cena anual el viernes a las 21", "organizer",
     "Rotary"),
    ("agenda reunión con el Rotary, o sea con el Club de Leones, el lunes a las 10", "title",
     "reunión con el Club de Leones"),
    ("anota q el almuerzo, o sea la once de los adultos mayores es el jueves a las 17", "title",
     "once de los adultos mayores"),
])
def test_the_value_meant_replaces_the_one_taken_back(read, text: str, slot: str, value: str) -> None:
    got = read(text)
    assert got[slot] == value, got


def test_an_explaining_o_sea_keeps_every_word(read) -> None:
    got = read("agenda reunión con dirigentes el lunes a las 10, o sea, temprano")
    assert got["title"] == "reunión con dirigentes", got
    assert got["start"] == "2027-03-15T10:00", got
