"""A house number under a hundred said in words, or after a street with no type («en Prat cuarenta y cinco»,
«calle O'Higgins trescientos»): written as digits where it closes the place; a time, a day or a count after a
place's name stays what it is."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 1, 14, 9, 30)


@pytest.mark.parametrize(("text", "slot", "place"), [
    ("Se solicita agendar reunión con la directiva el martes a las 10 en Prat cuarenta y cinco", "place", "Prat 45"),
    ("anotá reclamo de don Pedro Soto, vive en Colón treinta y dos, le robaron el medidor", "address", "Colón 32"),
    ("visita a terreno el jueves a las once en calle O'Higgins trescientos", "place", "calle O'Higgins 300"),
    ("oye anota un reclamo, en pasaje Los Aromos número doce hay un micro basural", "address", "pasaje Los Aromos 12"),
    ("reclamo de la sra Ema Ruiz, calle Prat doce, perros sueltos", "address", "calle Prat 12"),
])
def test_a_house_number_in_words_closing_the_place_is_written_as_digits(parser, text, slot, place) -> None:
    understood = parser.parse(text, NOW)
    assert understood.slots[slot] == place, understood.slots


@pytest.mark.parametrize(("text", "start"), [
    ("agenda reunión en sala a las diez", "2027-01-14T10:00"),
    ("agendá junta con dirigentes en la sede Los Aromos mañana a las cinco", "2027-01-15T17:00"),
])
def test_an_hour_after_a_place_stays_the_hour(parser, text, start) -> None:
    slots = parser.parse(text, NOW).as_json()["slots"]
    assert slots["start"] == start, slots
    assert not any(ch.isdigit() for ch in slots.get("place", "")), slots


def test_a_day_after_a_place_stays_the_day(parser) -> None:
    slots = parser.parse("agenda ceremonia en el gimnasio el viernes quince", NOW).as_json()["slots"]
    assert slots["start"] == "2027-01-15", slots
