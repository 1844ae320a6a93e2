"""Where things are, told the way staff write it: a complaint's address without «calle N» (a corner, a house
number said first, a neighbourhood, a street named alone), a place written with abbreviations, and slots that
run on past an abbreviation's period. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo de la vecina gloria pizarro, el semáforo de la esquina de matta con prat no funciona desde ayer",
     "matta con prat"),
    ("Reclamo: hay un cable cortado en la esquina de Caupolicán con Bulnes, lo avisa don Pedro Lienlaf",
     "Caupolicán con Bulnes"),
    ("Vecino de 14 Norte con 3 Poniente pide que retiren un auto abandonado hace un mes",
     "14 Norte con 3 Poniente"),
    ("reclamo x un hoyo gigante frente al 1480 de av argentina, casi se cae una señora", "av argentina 1480"),
    ("reclamo de don hugo vera: perros sueltos todas las noches en la población los aromos", "población los aromos"),
    ("Los vecinos del barrio Yungay reclaman que no pasa el camión de la basura en toda la cuadra de Los Olmos",
     "Los Olmos, barrio Yungay"),
    ("Vecina de 18 de Septiembre con Lautaro reclama que el paradero no tiene techo", "18 de Septiembre con Lautaro"),
    ("reclamo de la vecina rosa leal de villa esmeralda, hay un auto quemado en el pasaje los copihues",
     "pasaje los copihues, villa esmeralda"),
    ("reclamo por un poste chueco a la altura de Balmaceda 0720, lo avisó un vecino", "Balmaceda 0720"),
])
def test_complaint_address_without_street_and_number(read, text, address):
    found = read(text)
    assert found["intent"] == "complaint.create"
    assert found["address"] == address


def test_a_complaint_without_a_place_has_no_address(read):
    found = read("reclamo de la señora Ana Soto porque no le llega la pensión y nadie la llama")
    assert "address" not in found


def test_abbreviated_street_type_keeps_its_name_and_number_in_an_invitation(read):
    found = read("Llegó invitación de la Cámara de Comercio de Temuco a su cena anual, el viernes 12 de "
                  "marzo a las 20:30 hrs, en Av. Alemania 0945. Favor agendar.")
    assert found["place"] == "Av. Alemania 0945"


def test_a_place_in_an_aside_is_not_the_activitys(read):
    found = read("la alcaldesa está invitada por la Cruz Roja de Temuco al bingo solidario el sábado 13 a "
                  "las 19 hrs en el Gimnasio Olímpico, ojo que ese día hay corte de luz en el sector norte")
    assert found["place"] == "Gimnasio Olímpico"


def test_a_place_named_with_a_la_inside(read):
    found = read("agéndame la ofrenda floral del martes a las 12 en el Monumento al Ovejero")
    assert found["place"] == "Monumento al Ovejero"


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("Invitación del Regimiento Chacabuco a la ceremonia en homenaje al Gral. Cruz el viernes 12 a las 11 en la "
     "plaza de armas", "title", "ceremonia en homenaje al Gral. Cruz"),
    ("agenda misa con el Pbro. Luis Ancapán el domingo a las 10 en la catedral", "title",
     "misa con el Pbro. Luis Ancapán"),
    ("Reclamo de la Sra. Elsa Navarro por ratones en Pje. Los Notros 118, Dpto. 4, fono 9 8765 2211", "address",
     "Pje. Los Notros 118, Dpto. 4"),
])
def test_an_abbreviations_period_ends_no_slot(read, text, slot, value):
    assert read(text)[slot] == value
