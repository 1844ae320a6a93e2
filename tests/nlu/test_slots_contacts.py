"""A new contact dictated as comma-separated fields or in sentences: the institution said apart after «de», and a
post whose «de» complement no list knows. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "role", "institution"), [
    ("agrega a contactos: Paula Riquelme, de Minera Escondida, encargada de asuntos públicos, 9 8123 4455",
     "Paula Riquelme", "encargada de asuntos públicos", "Minera Escondida"),
    ("nuevo contacto, se llama Rosa Huenchumil y es la directora de la escuela Lonquimay, fono 9 7766 5544",
     "Rosa Huenchumil", "directora de la escuela", "escuela Lonquimay"),
])
def test_name_post_and_institution_of_a_new_contact(read, text, name, role, institution):
    found = read(text)
    assert found["intent"] == "contact.create"
    assert (found["name"], found["role"], found["institution"]) == (name, role, institution)


@pytest.mark.parametrize(("text", "query"), [
    ("necesito el correo de la directora del Daem, Verónica Salas", "Verónica Salas"),
    ("el celular del comandante de bomberos, don Pedro Araya, porfa", "Pedro Araya"),
])
def test_a_name_in_apposition_to_the_post_asked_for_is_the_query(read, text, query):
    found = read(text)
    assert found["intent"] == "contact.query"
    assert found["query"] == query


@pytest.mark.parametrize(("text", "name", "role", "institution"), [
    ("agrega este contacto: Rocío Fuentes Ortiz, Jefa de Prensa, Gobernación Regional de Ñuble, "
     "rfuentes@gore.cl", "Rocío Fuentes Ortiz", "Jefa de Prensa", "Gobernación Regional de Ñuble"),
    ("guarda a quien firma: Atentamente, Tomás Lagos Vera Director Zonal Conaf Malleco Fono: +56 9 7766 5544",
     "Tomás Lagos Vera", "Director Zonal", "Conaf Malleco"),
    ("registra el contacto que viene en el correo: De: Elisa Mora <emora@sag.cl> Elisa Mora Encargada Regional "
     "SAG Aysén", "Elisa Mora", "Encargada Regional", "SAG Aysén"),
])
def test_a_post_after_the_name_keeps_the_institution_said_after_it(read, text, name, role, institution):
    """After the person's name, what follows the post is where the post is, in its own clause or in the same
    one, and a phone's label ends it; a signature that repeats the name of the mail's sender gives the post."""
    got = read(text)
    assert got["intent"] == "contact.create", got
    assert (got["name"], got.get("institution")) == (name, institution), got
    assert got.get("role", "").startswith(role), got  # the post may name the head of its institution


@pytest.mark.parametrize(("text", "query"), [
    ("Buenas, habla Pedro de la Secplan, ¿me das el fono del jefe de tránsito de la Seremi de Transportes?",
     "jefe de tránsito de la Seremi de Transportes"),
    ("Hola, soy la Carla de Rentas, necesito el correo de la directora del Liceo Industrial",
     "directora del Liceo Industrial"),
])
def test_who_writes_is_not_whom_they_ask_for(read, text, query):
    assert read(text)["query"] == query


@pytest.mark.parametrize(("text", "role", "institution"), [
    ("agrega a Marta Pino, subdir. de la Escuela Básica Los Aromos, 9 8877 6655", "subdirector",
     "Escuela Básica Los Aromos"),
    ("guarda a Rodrigo Lagos, coord. del Programa Vínculos, rlagos@muni.cl", "coordinador", "Programa Vínculos"),
    ("anota a Hernán Vidal, Dir. del Cesfam Los Volcanes, 9 5544 3322", "Director", "Cesfam Los Volcanes"),
])
def test_an_abbreviated_post_is_spelled_out_in_the_role(read, text, role, institution):
    """A record keeps the post in words: «dir.», «subdir.», «coord.» are the words they stand for."""
    found = read(text)
    assert found["intent"] == "contact.create"
    assert found["role"].split()[0] == role
    assert found["institution"] == institution


@pytest.mark.parametrize(("text", "name"), [
    ("nuevo contacto: Luis Mora, su correo es lmora@muni.cl", "Luis Mora"),
    ("agrega a Carmen Paillalef, el fono es el 9 6655 4433", "Carmen Paillalef"),
    ("guarda contacto Jorge Díaz, mail: jdiaz@gore.cl", "Jorge Díaz"),
])
def test_a_detail_announced_with_a_copula_is_not_a_name_nor_a_post(read, text, name):
    """«su correo es …», «el fono es el …»: the label and the copula go with the value, never into the name or post."""
    found = read(text)
    assert found["intent"] == "contact.create" and found["name"] == name, found
    assert not any(label in (found.get("role") or "").lower() for label in ("correo", "fono", "mail")), found
