"""Who invites or who is saved as a contact told as a post, a comma, then the rank and name of who holds it («el
Comandante de la Guarnición, Coronel Ramírez, invita…»): the person and the post both stay, the clause with
«invita» is no place, and a numbered institution («XV Zona de Carabineros») is kept whole, never shrunk to its
force nor swallowed by the name before it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 1, 14, 9, 30)


@pytest.mark.parametrize(("text", "organizer"), [
    ("el Comandante de la Guarnición, Coronel Ramírez, invita al alcalde a la ceremonia de aniversario el viernes a "
     "las 11", "Comandante de la Guarnición, Coronel Ramírez"),
    ("oye el Director del Liceo A-12, Pedro Soto, invita al alcalde al acto de licenciatura el viernes a las 11",
     "Director del Liceo A-12, Pedro Soto"),
    ("Junto con saludar, la Presidenta de la Junta de Vecinos, Sra. Ana Rojas, invita al alcalde al bingo del "
     "sábado a las 16", "Presidenta de la Junta de Vecinos, Sra. Ana Rojas"),
])
def test_a_post_then_its_holder_invites_and_names_no_place(parser, text, organizer) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.create"
    assert understood.slots["organizer"] == organizer
    assert "invita" not in understood.slots.get("place", ""), understood.slots


@pytest.mark.parametrize(("text", "name", "role", "institution"), [
    ("guarda el contacto del Comandante de la Guarnición, Coronel Ramírez, fono 987654321", "Ramírez",
     "Comandante de la Guarnición, Coronel", "Guarnición"),
    ("agrega contacto Sargento Pérez de la XV Zona de Carabineros, fono 987654321", "Pérez", "Sargento",
     "XV Zona de Carabineros"),
    ("anotá el contacto: Coronel Juan Ramírez, XV Zona de Carabineros", "Juan Ramírez", "Coronel",
     "XV Zona de Carabineros"),
    ("nuevo contacto: el Jefe de Zona, General Pedro Muñoz, XV Zona de Carabineros, correo pmunoz@carabineros.cl",
     "Pedro Muñoz", "Jefe de Zona, General", "XV Zona de Carabineros"),
])
def test_a_contact_keeps_the_rank_the_post_and_the_numbered_institution(parser, text, name, role,
                                                                         institution) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "contact.create"
    assert (understood.slots["name"], understood.slots["role"], understood.slots["institution"]) == (
        name, role, institution)
