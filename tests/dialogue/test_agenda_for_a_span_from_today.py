"""The agenda asked for a span counted from today («las próximas dos semanas», «la quincena», «los próximos 10 días»,
«de aquí a fin de mes») lists that span, not today alone nor a default week."""

from __future__ import annotations

import pytest

EVENTS = ("reunión con bomberos el viernes 27 de noviembre a las 10", "sí",
          "acto en el liceo el jueves 3 de diciembre a las 11", "sí",
          "cena de la cámara el jueves 10 de diciembre a las 20", "sí")


@pytest.mark.parametrize(("asked", "shown", "left_out"), [
    ("qué tengo las próximas dos semanas", ("bomberos", "liceo"), ("cena",)),
    ("Agenda de la quincena, por favor", ("bomberos",), ("liceo", "cena")),
    ("q hay los próximos 15 días xfa", ("bomberos", "liceo"), ("cena",)),
    ("¿qué tenís de aquí a fin de mes?", ("bomberos",), ("liceo", "cena")),
])
def test_the_agenda_of_a_span_from_today(chat, asked: str, shown: tuple[str, ...], left_out: tuple[str, ...]) -> None:
    *_, agenda = chat(*EVENTS, asked)
    assert all(title in agenda.text for title in shown), agenda.text
    assert not any(title in agenda.text for title in left_out), agenda.text
