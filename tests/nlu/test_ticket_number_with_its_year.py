"""A ticket's bare number with its year said after it names that year's complaint: the office numbers complaints
per year, so «el reclamo 42 del 2026» is R-2026-0042, not this year's 42, and the year is no day asked for."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 1, 10, 10, 0)


@pytest.mark.parametrize(("text", "ticket"), [
    ("Junto con saludar, ¿podría informarme el estado del reclamo N° 0042 del año 2026?", "R-2026-0042"),
    ("q onda el caso 15 de 2026", "R-2026-0015"),
    ("y la solicitud 7 del año pasado, cómo va?", "R-2026-0007"),
    ("ticket 9, de este año, en qué anda", "R-2027-0009"),
])
def test_a_year_after_the_number_names_that_years_ticket(parser, text, ticket):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.query"
    assert understanding.slots["ticket"] == ticket
    assert "date_from" not in understanding.slots


def test_the_year_names_the_ticket_a_status_change_is_about(parser):
    understanding = parser.parse("cerrá el reclamo 3 del 2026, ya lo arreglaron", NOW)
    assert understanding.intent == "complaint.update"
    assert understanding.slots["ticket"] == "R-2026-0003"


def test_a_number_without_a_year_stays_bare(parser):
    assert parser.parse("cómo va el reclamo 12?", NOW).slots["ticket"] == "12"
