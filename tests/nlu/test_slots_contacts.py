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
