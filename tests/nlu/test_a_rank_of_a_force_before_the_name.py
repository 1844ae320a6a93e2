"""A protocol contact told by rank and force before the name, with no «contacto» word («agregar al listado de
protocolo al General de Carabineros Marcelo Araya, …»): the force (Carabineros, Ejército, PDI…) is never named after
anyone, so the given name after it is the person's, and the contact has a name, not a question for one."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 6, 17, 9, 30)


@pytest.mark.parametrize(("text", "name", "rank"), [
    ("Estimada, necesito agregar al listado de protocolo al General de Carabineros Marcelo Araya, Jefe de la XV Zona "
     "de Carabineros Arica y Parinacota, teléfono +56 58 238 9900, correo maraya@carabineros.cl", "Marcelo Araya",
     "General de Carabineros"),
    ("agrega xfa al listado de protocolo al Coronel de Ejército Juan Pablo Soto, comandante del Regimiento "
     "Rancagua, fono 9 8765 4321", "Juan Pablo Soto", "Coronel de Ejército"),
    ("sumá a protocolo al Teniente Coronel de Carabineros Pedro Vidal, prefecto de Arica, cel 9 1234 5678",
     "Pedro Vidal", "Teniente Coronel de Carabineros"),
    ("ya eh agrega a la lista de autoridades al Prefecto de la PDI Andrés Lagos coma jefe de la Prefectura Arica "
     "coma correo alagos@investigaciones.cl", "Andrés Lagos", "Prefecto de la PDI"),
    ("Por favor incorpore a la lista de protocolo al Capitán de Fragata Luis Mardones, Gobernador Marítimo de "
     "Arica, teléfono +56 58 220 1100", "Luis Mardones", "Capitán de Fragata"),
])
def test_the_name_after_a_rank_and_its_force_is_the_contact(parser, text, name, rank):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.create"
    assert "name" not in understanding.missing
    assert understanding.slots["name"] == name
    assert understanding.slots["role"].startswith(rank)


def test_a_school_named_after_someone_keeps_the_name(parser):
    understanding = parser.parse("agrega el contacto del director del Liceo Arturo Prat, Juan Rojas, fono 9 8765 4321",
                                 NOW)
    assert understanding.slots["name"] == "Juan Rojas"
    assert "Arturo Prat" in understanding.slots["institution"]
