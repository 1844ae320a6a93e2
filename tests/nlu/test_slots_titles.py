"""What an activity, an efeméride or an answered invitation is called, kept apart from where it is, from the words
that only say what kind of record it is and from an excuse. Sentences written for these tests."""

from __future__ import annotations

import pytest


def test_the_works_at_a_place_are_where_not_the_title(read):
    found = read("agenda recorrido técnico a los trabajos de la costanera de Antofagasta el jueves a las 10")
    assert found["intent"] == "event.create"
    assert found["title"] == "recorrido técnico"
    assert found["place"].startswith("costanera")


def test_the_works_at_a_new_building_lead_to_it(read):
    found = read("agenda inspección a las faenas del nuevo estadio de Quillota el lunes a las 9")
    assert found["place"] == "estadio de Quillota"


def test_a_visit_keeps_the_place_it_goes_to(read):
    found = read("pon la visita al hogar de ancianos san josé el martes a las 11")
    assert "hogar de ancianos" in found["title"]


def test_an_efemeride_said_once_is_titled_by_what_it_remembers(read):
    found = read("Anotar efeméride puntual (solo este año): 12 de octubre de 2027, centenario de la "
                  "Escuela Rural Los Boldos")
    assert found["date"] == "2027-10-12"
    assert found["title"] == "centenario de la Escuela Rural Los Boldos"


def test_an_answer_refers_to_what_it_points_back_at_not_to_the_excuse(read):
    found = read("lo de la radio bío bío dile que no nomás, la alcaldesa está en temuco ese día")
    assert found["intent"] == "invitation.respond"
    assert found["response"] == "declined"
    assert found["reference"] == "radio bío bío"


@pytest.mark.parametrize(("text", "title"), [
    ("el alcalde tiene reunión con los dirigentes de la villa San Miguel el martes a las 10",
     "reunión con los dirigentes de la villa San Miguel"),
    ("La Sra. Alcaldesa tendrá una visita al jardín infantil Rayito de Sol el jueves a las 9",
     "visita al jardín infantil Rayito de Sol"),
    ("agenda: alcalde tiene q ir al velorio de don Pedro Ruiz mañana a las 11", "velorio de don Pedro Ruiz"),
])
def test_what_the_mayor_has_is_the_title_not_the_mayor_having_it(read, text, title):
    found = read(text)
    assert found["intent"] == "event.create"
    assert found["title"].lower() == title.lower()
