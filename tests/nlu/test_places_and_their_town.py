"""A place said with the commune it is in: the commune after it is where the place is, not the place (sentences
written for these tests only)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "place"), [
    ("Invitación Cámara de Comercio. Cena aniversario. Vie 12/3, 20:30, Hotel Terrasur, Ovalle. Anotar.",
     "Hotel Terrasur"),
    ("inv. Gobernación Provincial, lanzamiento plan invierno, lunes 15 de marzo 10 hrs, Gimnasio Techado, Angol",
     "Gimnasio Techado"),
])
def test_a_commune_after_a_place_is_where_the_place_is(parser, text, place):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["place"] == place


@pytest.mark.parametrize(("text", "place"), [
    ("Llegó invitación del Rotary Club a su cena anual el viernes 12 a las 21 en el salón del club en Puerto Varas",
     "salón del club en Puerto Varas"),
    ("invitación del Rotary a la cena el viernes a las 9 en el restorán del club en Viña", "restorán del club en Viña"),
])
def test_a_commune_said_with_en_inside_the_place_stays_in_it(parser, text, place):
    """«en las oficinas de X en Rancagua»: the second «en» says where the place is, and is part of it."""
    assert parser.parse(text, NOW).slots["place"] == place


def test_a_commune_said_apart_from_the_place_is_not_the_place(parser):
    understanding = parser.parse("agenda reunión en la gobernación con el delegado el jueves a las 10 en Rancagua", NOW)
    assert understanding.slots["place"] == "gobernación"


@pytest.mark.parametrize(("text", "place"), [
    ("invitación de la junta de vecinos a la inauguración de la plaza el domingo a las 11 en Prat con Serrano",
     "Prat con Serrano"),
    ("reunión con vecinos el martes a las 7 en Freire con Las Heras", "Freire con Las Heras"),
    ("invitación de Bomberos de Talca al aniversario el sábado a las 11 en la Primera Compañía, calle 1 Sur 850",
     "Primera Compañía, calle 1 Sur 850"),
    ("invitación al aniversario el sábado a las 11 en el Cuartel General, Av. 21 de Mayo 1020",
     "Cuartel General, Av. 21 de Mayo 1020"),
])
def test_a_corner_or_a_street_with_a_number_in_its_name_is_all_the_place(parser, text, place):
    assert parser.parse(text, NOW).slots["place"] == place


def test_a_commune_alone_is_still_the_place(parser):
    understanding = parser.parse("agenda reunión con la gobernadora el jueves a las 10 en Rancagua", NOW)
    assert understanding.slots["place"] == "Rancagua"


@pytest.mark.parametrize("text", [
    "misa en honor a san expedito el domingo 14 a las 12 en la capilla del cementerio",
    "responso en memoria de los bomberos mártires el domingo 14 a las 12 en la capilla del cementerio",
])
def test_in_honour_of_someone_is_no_place(parser, text):
    assert parser.parse(text, NOW).slots["place"] == "capilla del cementerio"


@pytest.mark.parametrize("text", [
    "Invitación del Club de Leones a la cena de gala, viernes 12 de marzo, 21:00 hrs, Hotel Gran Palace. Nota: el "
    "alcalde se sienta en la mesa principal, junto al presidente del club.",
    "Invitación de la Gobernación a la cuenta pública el viernes 12 a las 11 horas, en el Teatro Regional. El "
    "alcalde va en primera fila junto al gobernador.",
])
def test_a_protocol_note_after_the_when_names_no_other_place(parser, text):
    place = parser.parse(text, NOW).slots["place"]
    assert place in ("Hotel Gran Palace", "Teatro Regional")


def test_a_clause_that_is_only_the_time_does_not_hide_the_place_before_it(parser):
    understanding = parser.parse("Agendar: operativo de vacunación, sede Villa Los Copihues, jue 11, 10 hrs.", NOW)
    assert understanding.slots["place"] == "sede Villa Los Copihues"
