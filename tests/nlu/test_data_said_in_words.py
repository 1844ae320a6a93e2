"""Data a voice note says in words where a typed message writes marks and digits: a house number after «número»,
an e-mail with «arroba» and «punto». The slots hold them as typed, and their words stay out of the description."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 29, 9, 0)


@pytest.mark.parametrize(("text", "address", "said"), [
    ("reclamo de la señora eh Gladys Paredes, vive en, en pasaje Los Notros numero trescientos doce, dice que el "
     "camion de la basura no pasa hace dos semanas", "pasaje Los Notros 312", "trescientos"),
    ("Junto con saludar, informo reclamo de vecino en calle Freire número mil doscientos cuarenta por un poste "
     "de luz caído", "calle Freire 1240", "mil"),
    ("oye anota un reclamo xfa, en los aromos número doce hay un micro basural", "aromos 12", "doce"),
    ("registrá el reclamo de don Luis Vera, avenida Matta nro cuatrocientos cincuenta y cinco, se le inundó "
     "el patio", "avenida Matta 455", "cincuenta"),
])
def test_a_house_number_said_in_words_is_the_address_number(parser, text, address, said) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "complaint.create"
    assert understood.slots["address"].lower().endswith(address.lower())
    description = understood.slots["description"].lower()
    assert said not in description and "numero" not in description and "número" not in description


@pytest.mark.parametrize(("text", "address"), [
    ("ya eh anota un reclamo de don Luis Fuentealba que vive en avenida Los Carrera mil doscientos treinta, en "
     "Quilpue, por una luminaria apagada", "avenida Los Carrera 1230"),
    ("Junto con saludar, informo reclamo de la vecina Ana Soto, domiciliada en calle Freire trescientos doce, por "
     "perros sueltos", "calle Freire 312"),
    ("anota xfa reclamo de la sra Ema Ruiz pasaje Los Notros dos mil cinco, micro basural", "pasaje Los Notros 2005"),
    ("registrá el reclamo de don Luis Vera, avenida Matta cuatrocientos cincuenta y cinco, se le inundó el patio",
     "avenida Matta 455"),
])
def test_a_house_number_said_in_words_after_the_street_needs_no_numero(parser, text, address) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "complaint.create"
    assert understood.slots["address"].lower().endswith(address.lower()), understood.slots


@pytest.mark.parametrize("text", [
    "reclamo de la vecina Rosa Pérez por perros sueltos en calle Prat, dos perros grandes",
    "reclamo por basura en pasaje Los Olmos dos veces esta semana",
])
def test_a_small_number_after_a_street_stays_words(parser, text) -> None:
    understood = parser.parse(text, NOW)
    assert not any(ch.isdigit() for ch in understood.slots.get("address", "")), understood.slots


@pytest.mark.parametrize(("text", "email"), [
    ("ya anota un contacto nuevo, es la, la doctora Carolina Uribe, directora del cesfam Rahue, el celular es "
     "9 8234 5678 y el correo curibe arroba saludosorno punto cl", "curibe@saludosorno.cl"),
    ("nuevo contacto Pedro Pérez, mail: jperez arroba gmail punto com", "jperez@gmail.com"),
    ("agregue por favor a don Juan Soto, jefe de gabinete, correo juan punto soto arroba muni osorno punto cl",
     "juan.soto@muniosorno.cl"),
    ("guardá a la Tere Muñoz, su mail es tere guion munoz arroba hotmail punto com", "tere-munoz@hotmail.com"),
])
def test_an_email_said_in_words_is_the_contact_s_email(parser, text, email) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "contact.create"
    assert understood.slots["email"] == email


def test_an_email_said_in_words_stays_out_of_the_complaint_description(parser) -> None:
    understood = parser.parse("reclamo de la vecina Rosa Díaz por perros sueltos en la plaza, su correo es "
                              "rosa punto diaz arroba gmail punto com", NOW)
    assert understood.slots["email"] == "rosa.diaz@gmail.com"
    assert "arroba" not in understood.slots["description"]


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("estado del reclamo número cuarenta y dos", "ticket", "42"),
    ("agrega a Rosa Díaz, al número nueve ocho siete seis cinco cuatro tres dos uno", "phone", "+56987654321"),
])
def test_a_number_after_a_ticket_or_before_a_phone_is_no_house_number(parser, text, slot, value) -> None:
    assert parser.parse(text, NOW).slots.get(slot) == value


@pytest.mark.parametrize(("said", "value"), [
    ("doce", 12), ("trescientos doce", 312), ("mil doscientos cuarenta", 1240), ("dos mil cinco", 2005),
    ("cuatrocientos cincuenta y cinco", 455),
])
def test_a_number_in_words_has_its_value(parser, said, value) -> None:
    assert parser.spoken_tickets.numbers.value(said) == value
