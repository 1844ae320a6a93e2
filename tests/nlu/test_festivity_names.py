"""A festivity named after a span of time («la semana de la chilenidad», «el mes del mar», «el mes de la patria»)
keeps its whole name as the efeméride's title: its «semana» or «mes» is no date, nor is the «mar» in it a month or
a Tuesday, and the words that say when it starts («que comienza el», «parte el») are no part of it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2026, 12, 4, 9, 0)  # a Friday


@pytest.mark.parametrize(("text", "title", "day"), [
    ("Solicito que se incorpore a las efemérides la Semana de la Chilenidad, que comienza el 15 de septiembre",
     "Semana de la Chilenidad", "09-15"),
    ("la semana de la chilenidad es el 15 de septiembre, agréguela a efemérides", "semana de la chilenidad", "09-15"),
    ("agrega el mes del mar a efemerides xfa, parte el 1 de mayo", "mes del mar", "05-01"),
    ("agregá a las efemérides el mes de la patria, que arranca el 1 de septiembre", "mes de la patria", "09-01"),
    ("ya eh agrega a las efemérides la semana santa que empieza el 29 de marzo", "semana santa", "03-29"),
    ("agregue la semana del adulto mayor a las efemérides el 1 de octubre", "semana del adulto mayor", "10-01"),
    ("oye anotá en efemérides el día del patrimonio desde el 30 de mayo", "día del patrimonio", "05-30"),
])
def test_a_festivity_named_after_a_span_keeps_its_whole_name(parser, text, title, day):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "efemeride.create"
    assert understanding.slots == {"title": title, "date": day}


@pytest.mark.parametrize(("text", "first", "last"), [
    ("agenda del mes de enero", date(2027, 1, 1), date(2027, 1, 31)),
    ("qué actividades hay el resto del mes", date(2026, 12, 1), date(2026, 12, 31)),
    ("las actividades de la semana", date(2026, 11, 30), date(2026, 12, 6)),
    ("q tiene el alcalde la semana del 14", date(2026, 12, 14), date(2026, 12, 20)),
])
def test_a_week_or_month_that_names_no_festivity_is_still_a_span(parser, text, first, last):
    """«del mes de enero» is January (no longer this month, read first), «de la semana» alone this week."""
    slots = parser.parse(text, NOW).slots
    assert (slots["date_from"], slots["date_to"]) == (first, last)
