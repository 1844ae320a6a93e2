"""Phone numbers dictated in words or in digit groups, as a voice message typed out writes them."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 8, 10, 9, 30)


@pytest.mark.parametrize(("text", "phone"), [
    ("nuevo contacto: Marta Oyarzún, dirigenta de la caleta de Dalcahue coma celular nueve siete seis cinco "
     "cuatro tres dos uno cero punto", "+56976543210"),
    ("guarda el contacto de Hernán Lagos, su fono es nueve ochenta y uno veintitrés cuarenta y cinco sesenta y "
     "siete", "+56981234567"),
    ("agrega a Sonia Paillacar del consultorio de Castro, más cincuenta y seis nueve, seis cinco cuatro tres, "
     "dos uno cero nueve", "+56965432109"),
    ("anota a Ramón Ulloa, celular nueve 8123 4455", "+56981234455"),
    ("agrega a Ester Gallardo, fono 9 81 23 44 55", "+56981234455"),
])
def test_a_phone_said_in_words_or_in_groups_is_the_contact_s_phone(parser, text, phone):
    understood = parser.parse(text, NOW)
    assert understood.intent == "contact.create"
    assert understood.slots["phone"] == phone


def test_a_phone_said_in_words_stays_out_of_the_complaint_description(parser):
    text = ("reclamo del vecino Aurelio Vidal punto seguido en el pasaje Los Coigües no pasa el camión de la "
            "basura punto su teléfono es nueve ocho uno dos tres cuatro cinco seis siete")
    understood = parser.parse(text, NOW)
    assert understood.slots["phone"] == "+56981234567"
    assert "nueve" not in understood.slots["description"]


@pytest.mark.parametrize("text", [
    "reunión con doce dirigentes a las nueve y media el lunes",
    "invitación para cuarenta y cinco personas, son tres mesas de quince",
])
def test_numbers_said_for_other_things_are_no_phone(parser, text):
    assert "phone" not in parser.parse(text, NOW).slots
