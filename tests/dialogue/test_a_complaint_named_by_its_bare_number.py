"""A complaint named by its bare number right after complaints were stored, shown or closed («estado del 1», «¿y el
2?») is this year's ticket of that number, not a day of the month nor the open complaints listed again; and a
number with its year («el reclamo 2 del 2026») is that year's ticket."""

from __future__ import annotations

import pytest

PERRO = "reclamo de la vecina Rosa Pinto: hay un perro muerto en calle Prat 123"
POSTE = "reclamo: poste de luz apagado en pasaje Los Olivos 45"
BASURAL = "reclamo: microbasural en Av. Grecia 1500"


@pytest.mark.parametrize(("asked", "ticket", "said"), [
    ("estado del 1", "R-2026-0001", "perro muerto"),
    ("cómo está el 3", "R-2026-0003", "microbasural"),
    ("¿y el 1?", "R-2026-0001", "perro muerto"),
    ("q tal va el 3", "R-2026-0003", "microbasural"),
])
def test_a_bare_number_after_a_complaint_was_closed_shows_that_ticket(chat, asked, ticket, said) -> None:
    chat(PERRO, "sí", POSTE, "sí", BASURAL, "sí", "cierra el reclamo 2", "sí")
    [shown] = chat(asked)
    assert ticket in shown.text and said in shown.text, shown.text
    assert "abiertos" not in shown.text


def test_each_bare_number_in_turn_shows_its_own_ticket(chat) -> None:
    chat(PERRO, "sí", POSTE, "sí")
    [first, second] = chat("estado del 1", "y el 2?")
    assert "R-2026-0001" in first.text and "perro muerto" in first.text, first.text
    assert "R-2026-0002" in second.text and "poste de luz" in second.text, second.text


def test_a_day_after_a_complaint_stays_a_day(chat) -> None:
    chat(POSTE, "sí")
    [agenda] = chat("qué hay el 22 de diciembre")
    assert "R-2026" not in agenda.text, agenda.text


@pytest.mark.parametrize("asked", ["cómo va el reclamo 0002 del 2026?", "y el caso 2 de este año, en qué anda?"])
def test_a_number_with_its_year_shows_that_years_ticket(chat, asked) -> None:
    chat(PERRO, "sí", POSTE, "sí", BASURAL, "sí")
    [shown] = chat(asked)
    assert "R-2026-0002" in shown.text and "poste de luz" in shown.text, shown.text
