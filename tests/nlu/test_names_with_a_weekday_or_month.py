"""A weekday or month said right after a saint's title or an honorific is part of a name, not a date: sentences
written for this test only, in several voices."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)  # a Thursday


@pytest.mark.parametrize(("text", "start", "place"), [
    ("reunión en la Parroquia Santo Domingo el martes a las 10", "2026-12-08T10:00", "Parroquia Santo Domingo"),
    ("agenda misa en la capilla San Sábado el viernes a las 12", "2026-12-04T12:00", "capilla San Sábado"),
    ("Se solicita agendar visita a la escuela Santo Domingo Savio el lunes 7 a las 9:30", "2026-12-07T09:30",
     "escuela Santo Domingo Savio"),
])
def test_a_saints_name_with_a_weekday_is_the_place_not_the_day(parser, text, start, place):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["start"].isoformat(timespec="minutes") == start
    assert understanding.slots["place"].lower() == place.lower()


@pytest.mark.parametrize("text", [
    "feliz cumpleaños don Julio!!",
    "saludos a doña Abril de parte de todo el equipo",
    "oye el padre Domingo manda saludos",
])
def test_an_honorific_before_a_month_or_weekday_gives_no_date(parser, text):
    understanding = parser.parse(text, NOW)
    assert not any(understanding.slots.get(key) for key in ("date_from", "start", "date"))


def test_the_weekday_alone_is_still_a_date(parser):
    understanding = parser.parse("el domingo a las 10 misa en la parroquia", NOW)
    assert understanding.slots["start"].isoformat(timespec="minutes") == "2026-12-06T10:00"
