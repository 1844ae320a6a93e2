"""An institution named with its branch («Universidad de Atacama sede Vallenar», «INACAP sede Copiapó») keeps the
branch: it is who invites or where a contact works, never the start of the title (sentences written for these tests
only)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 8, 25, 16, 40)  # a Wednesday


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("invitacion de la Universidad de Atacama sede Vallenar a la ceremonia de titulacion el viernes 3 de septiembre "
     "a las 19 hrs en el aula magna", "Universidad de Atacama sede Vallenar", "ceremonia de titulacion"),
    ("La Universidad Santo Tomás sede La Serena invita al alcalde a la inauguración del año académico el lunes 6 de "
     "septiembre a las 10", "Universidad Santo Tomás sede La Serena", "inauguración del año académico"),
    ("llegó invitación del Liceo Bicentenario sede Alto del Carmen al aniversario el jueves 9 de septiembre a las 11",
     "Liceo Bicentenario sede Alto del Carmen", "aniversario"),
    ("Invitación de la Cooperativa Agrícola filial Huasco a la cosecha del olivo el sábado 11 a las 10",
     "Cooperativa Agrícola filial Huasco", "cosecha del olivo"),
])
def test_an_organizer_keeps_its_branch(parser, text: str, organizer: str, title: str) -> None:
    understanding = parser.parse(text, NOW)
    assert (understanding.slots["organizer"], understanding.slots["title"]) == (organizer, title)


def test_a_contacts_institution_keeps_its_branch(parser) -> None:
    understanding = parser.parse("agrega contacto Pedro Rojas, director de INACAP sede Copiapó, cel 9 1234 5678", NOW)
    assert understanding.slots["institution"] == "INACAP sede Copiapó"
