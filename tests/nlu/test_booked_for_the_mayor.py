"""Whom an activity is booked for («para el señor alcalde», «pal jefe», «para la Sra. Alcaldesa») talks to the bot:
it is never part of the activity's title."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 6, 9, 11, 0)


@pytest.mark.parametrize(("text", "title"), [
    ("Estimada, favor agendar para el señor alcalde una reunión con el Seremi de Vivienda el martes 15 a las 9:30",
     "reunión con el Seremi de Vivienda"),
    ("agenda pal jefe reunión con los de la junta el jueves a las 10", "reunión con los de la junta"),
    ("agende para la Sra. Alcaldesa visita a la feria costumbrista el sábado a las 11",
     "visita a la feria costumbrista"),
    ("registra para el sr alcalde el almuerzo con la cámara de comercio el viernes 18 a las 13 hrs",
     "almuerzo con la cámara de comercio"),
])
def test_whom_it_is_booked_for_is_not_in_the_title(parser, text, title) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "event.create", understood
    assert understood.slots["title"] == title, understood.slots
