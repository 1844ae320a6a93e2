"""How a meeting is held («por zoom», «vía teams», «por videollamada») is its place, never its title: the title is
what the meeting is and with whom."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title", "place"), [
    ("agenda una call con el seremi de Obras Públicas el viernes a las 3 por zoom",
     "call con el seremi de Obras Públicas", "zoom"),
    ("reu por meet con la directora del cesfam mañana a las 10", "reunión con la directora del cesfam", "meet"),
    ("videollamada con el delegado el lunes a las 9 vía teams", "videollamada con el delegado", "teams"),
    ("Agende, por favor, una reunión a través de Zoom con el gobernador regional el jueves a las 11",
     "reunión con el gobernador regional", "Zoom"),
    ("agenda reunión con la seremi de salud el viernes a las once vía meet", "reunión con la seremi de salud", "meet"),
])
def test_the_medium_is_the_place_and_not_the_title(read, text: str, title: str, place: str) -> None:
    said = read(text)
    assert said["intent"] == "event.create", said
    assert said["title"] == title and said["place"] == place, said


def test_a_medium_with_no_lead_names_the_activity(read) -> None:
    said = read("agenda videollamada con el alcalde de Temuco el miércoles a las 12")
    assert said["title"] == "videollamada con el alcalde de Temuco" and "place" not in said, said


def test_a_place_said_in_words_stays_beside_the_medium(read) -> None:
    said = read("agenda reunión con el seremi el jueves a las 10 en la sala de concejo por zoom")
    assert "zoom" not in said["title"] and said["place"] != "zoom", said
