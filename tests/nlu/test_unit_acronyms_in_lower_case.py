"""A municipal unit's acronym typed in lower case («la dom») is the unit wherever a unit is expected, as in
capitals; «el dom» stays Sunday and never routes a complaint."""

from __future__ import annotations

from datetime import datetime

import pytest


@pytest.mark.parametrize("text", [
    "solicitudes de transparencia pendientes de la dom",
    "q solicitudes tiene la dom",
    "cuántas solicitudes de transparencia tiene pendientes la dom?",
])
def test_a_lower_case_acronym_is_the_unit(read, text: str) -> None:
    got = read(text)
    assert got["department"] == "obras", got


def test_la_dom_is_no_sunday(parser) -> None:
    assert parser.moment("reunión con el jefe de la dom", datetime(2027, 3, 8, 9, 30))[0] is None


def test_sunday_said_short_routes_nothing(read) -> None:
    got = read("reclamo por ruidos molestos el dom en la noche en calle Prat 45")
    assert got["department"] == "inspeccion", got


@pytest.mark.parametrize("text", ["es de la dom", "ese reclamo es de la dom", "ese es de la DOM",
                                  "eso le corresponde a la dom"])
def test_a_complaint_said_to_belong_to_the_unit(read, text: str) -> None:
    got = read(text)
    assert (got["intent"], got.get("department")) == ("complaint.move", "obras"), got
