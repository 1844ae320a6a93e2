"""A list of complaints names who complained on each line («Gladys Painemal: microbasural…»), whatever list asks
for them (by department, pending, by status); and a look-up by the resident's name that finds exactly one complaint
shows it whole, phone included. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

STORED = ("reclamo de Gladys Painemal, calle Maquehue 1450, microbasural en el sitio eriazo, fono 944112233", "sí",
          "reclamo de Juan Colipi por un árbol a punto de caerse sobre el cableado en Los Castaños 220", "sí")


@pytest.mark.parametrize("ask", [
    "reclamos pendientes",
    "q reclamos hay abiertos xfa",
    "¿Me podría indicar los reclamos pendientes, por favor?",
    "mostrame los reclamos nuevos",
])
def test_a_list_of_complaints_names_each_resident(chat, ask: str) -> None:
    *_, listed = chat(*STORED, ask)
    assert "Gladys Painemal: microbasural" in listed.text and "Juan Colipi: " in listed.text, listed.text


@pytest.mark.parametrize("ask", [
    "estado del reclamo de la sra Painemal",
    "¿en qué va el reclamo de doña Gladys Painemal?",
    "reclamos de painemal",
    "q pasó con el reclamo de la painemal",
    "como va el reclamo de painemal",
])
def test_one_complaint_found_by_its_resident_is_shown_whole(chat, ask: str) -> None:
    *_, shown = chat(*STORED, ask)
    assert "Reclamo R-2026-0001" in shown.text and "+56944112233" in shown.text, shown.text
    assert "Colipi" not in shown.text, shown.text
