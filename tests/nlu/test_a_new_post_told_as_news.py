"""A contact's new post told as news («X fue nombrada seremi de …», «X asumió como …», «X es la nueva directora
de …», «X ahora es …»), with or without an order to change the record: a change of that contact's post, its name
the reference and the post the role, never an efeméride nor an event."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)


@pytest.mark.parametrize(("text", "reference", "role"), [
    ("Rodrigo Paz fue designado jefe de gabinete del gobernador, cámbiale el cargo", "Rodrigo Paz",
     "jefe de gabinete del gobernador"),
    ("la concejala Soto asumió como presidenta del concejo, actualízalo", "concejala Soto", "presidenta del concejo"),
    ("don Pedro Lillo quedó como jefe de Dideco, cambia su cargo xfa", "don Pedro Lillo", "jefe de Dideco"),
    ("Ana Vera es la nueva directora del Liceo Bicentenario, actualiza su ficha", "Ana Vera",
     "directora del Liceo Bicentenario"),
    ("el profe Tomás Ruiz ahora es encargado de deportes", "profe Tomás Ruiz", "encargado de deportes"),
    ("el nuevo cargo de la sra Ximena Lagos es administradora municipal, cámbielo", "señora Ximena Lagos",
     "administradora municipal"),
])
def test_a_new_post_told_as_news_changes_the_contact(parser, text, reference, role):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.update"
    assert (understanding.slots["reference"], understanding.slots["role"]) == (reference, role)


@pytest.mark.parametrize(("text", "reference", "role"), [
    ("nombraron a Carlos Mena delegado provincial, actualice su contacto", "Carlos Mena", "delegado provincial"),
    ("designaron a la sra Paula Núñez como seremi de Salud, actualiza su cargo", "señora Paula Núñez",
     "seremi de Salud"),
    ("eligieron a don Raúl Olivares presidente de la Unión Comunal, cámbialo", "don Raúl Olivares",
     "presidente de la Unión Comunal"),
])
def test_an_appointment_told_before_whom_changes_that_contact(parser, text, reference, role):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.update"
    assert (understanding.slots["reference"], understanding.slots["role"]) == (reference, role)


def test_the_institution_the_new_post_names_comes_with_it(parser):
    understanding = parser.parse("Juan Díaz ahora es director del CESFAM", NOW)
    assert understanding.slots["institution"] == "CESFAM"


@pytest.mark.parametrize(("text", "intent"), [
    ("la reunión con el seremi ahora es el jueves, actualízala", "event.update"),
    ("el fono de Juan Soto ahora es 9 8765 4321", "contact.update"),
])
def test_news_of_no_post_is_no_post_change(parser, text, intent):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert "role" not in understanding.slots
