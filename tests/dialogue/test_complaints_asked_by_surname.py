"""Complaints asked for by a surname with what a question puts between («¿qué reclamos hay de Tapia?», «reclamos
que tenemos de Contreras») are that resident's, not every open one."""

from __future__ import annotations

import pytest

TAPIA = "Reclamo del vecino Ricardo Tapia: ruidos molestos por fiestas en pasaje Las Camelias 77"
SOTO = "Reclamo de la señora Ana Soto por un bache frente a su casa en Av. Concha y Toro 1200"


@pytest.mark.parametrize("line", ["¿Qué reclamos hay de Tapia?", "reclamos que tenemos de Tapia",
                                  "reclamos q hay de Tapia xfa"])
def test_complaints_of_a_surname_asked_in_a_question(chat, line: str) -> None:
    *_, listed = chat(TAPIA, "sí", SOTO, "sí", line)
    assert "R-2026-0001" in listed.text and "R-2026-0002" not in listed.text, listed.text


@pytest.mark.parametrize("line", ["reclamos pendientes del Departamento de Operaciones",
                                  "¿Qué reclamos hay de la Dirección de Operaciones?"])
def test_complaints_of_a_department_head_are_no_resident(chat, line: str) -> None:
    *_, listed = chat(TAPIA, "sí", SOTO, "sí", line)
    assert "R-2026-0002" in listed.text and "R-2026-0001" not in listed.text, listed.text


MARTA_SOTO = "reclamo de doña Marta Soto: perro suelto que muerde en pasaje Los Aromos 45"


@pytest.mark.parametrize("line", ["el de doña Marta", "la d sra marta", "el de la sra Marta"])
def test_a_resident_picked_from_the_list_by_title_and_name(chat, line: str) -> None:
    *_, listed, shown = chat(SOTO, "sí", MARTA_SOTO, "sí", "reclamos de Soto", line)
    assert "R-2026-0001" in listed.text and "R-2026-0002" in listed.text, listed.text
    assert "R-2026-0002" in shown.text and "Concha y Toro" not in shown.text, shown.text


@pytest.mark.parametrize("line", ["reclamos de tapia", "q reclamos hay de tapia?", "reclamos que tenemos de tapia",
                                  "reclamos de los tapia"])
def test_a_known_surname_typed_in_lower_case_is_that_residents(chat, line: str) -> None:
    *_, listed = chat(TAPIA, "sí", SOTO, "sí", line)
    assert "R-2026-0001" in listed.text and "R-2026-0002" not in listed.text, listed.text


@pytest.mark.parametrize("line", ["reclamos de aseo", "reclamos de la semana"])
def test_a_unit_or_a_period_in_lower_case_is_no_surname(chat, line: str) -> None:
    *_, listed = chat(TAPIA, "sí", SOTO, "sí", line)
    assert "Tapia" not in listed.text.split("\n")[0], listed.text
