"""«reclamo de doña rosa muñoz», «agrega a don pedro soto, presidente de la junta»: a resident's or a contact's name
typed in lower case is stored as a name is written, as a delegate's is; the words after the name stay as typed."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "name"), [
    ("Ingrese el reclamo de doña rosa muñoz por un hoyo en calle Prat 123, por favor.", "Rosa Muñoz"),
    ("q tal, llamó la señora carmen pérez pa reclamar x la basura en pasaje los aromos 45", "Carmen Pérez"),
    ("anotá el reclamo de don josé de la fuente por el semáforo malo de la plaza", "José de la Fuente"),
    ("eh reclamo de la vecina eh marta soto por perros sueltos en la villa los ríos", "Marta Soto"),
])
def test_a_residents_name_typed_in_lower_case_is_written_as_a_name(parser, text: str, name: str) -> None:
    parsed = parser.parse(text, NOW)
    assert (parsed.intent, parsed.slots["citizen"]) == ("complaint.create", name)


@pytest.mark.parametrize(("text", "name"), [
    ("Agregue a don pedro soto, presidente de la junta de vecinos Villa Los Ríos, fono 912345678.", "Pedro Soto"),
    ("guarda el contacto de don luis fuentes, director del cesfam, su cel es 987654321", "Luis Fuentes"),
    ("agendá a doña marta de la fuente, la directora del liceo, fono 911223344", "Marta de la Fuente"),
    ("agrega contacto doña carla muñoz presidenta del club de adulto mayor fono nueve uno dos tres cuatro cinco seis "
     "siete ocho", "Carla Muñoz"),
])
def test_a_contacts_name_typed_in_lower_case_is_written_as_a_name(parser, text: str, name: str) -> None:
    parsed = parser.parse(text, NOW)
    assert (parsed.intent, parsed.slots["name"]) == ("contact.create", name)
