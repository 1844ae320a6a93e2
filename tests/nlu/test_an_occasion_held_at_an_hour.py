"""An occasion said with its day and the hour it is held («registra el acto del día del carabinero el 27 de abril a las
12 en la plaza») is an activity on the agenda, or the municipality's own ceremony when the office says it hosts it; an
efeméride is a yearly date with no hour and no place (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "start", "place"), [
    ("porfa registra el acto del día del carabinero el martes 27 de abril a las 12 en la plaza de armas",
     "2027-04-27T12:00", "plaza de armas"),
    ("Se solicita anotar el aniversario de la comuna el sábado 20 de marzo a las 11:00 horas en el Teatro Municipal.",
     "2027-03-20T11:00", "Teatro Municipal"),
    ("oye anotai el día de la mujer el 10 de marzo a las 10 en el salón, porfa", "2027-03-10T10:00", "salón"),
    ("mire, anote la conmemoración del día del bombero, eh, el 30 de junio a las 19 en el cuartel", "2027-06-30T19:00",
     "cuartel"),
])
def test_an_occasion_with_an_hour_is_an_activity(read, text, start, place):
    slots = read(text)
    assert (slots["intent"], slots["start"], slots.get("place")) == ("event.create", start, place)


def test_a_ceremony_the_office_hosts_is_the_ceremonies_own(read):
    slots = read("Se solicita registrar la ceremonia de aniversario de la comuna el miércoles 20 de marzo a las 11:00 "
                 "horas en el Gimnasio Municipal.")
    assert (slots["intent"], slots["start"], slots["place"]) == ("ceremony.create", "2027-03-20T11:00",
                                                                 "Gimnasio Municipal")


@pytest.mark.parametrize("text", [
    "anota el aniversario de la comuna el 20 de enero",
    "efeméride: día del carabinero, 27 de abril, saludo a las 9",
])
def test_a_date_with_no_hour_or_named_as_an_efemeride_stays_one(read, text):
    assert read(text)["intent"] == "efemeride.create"
