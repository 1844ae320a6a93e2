"""«¿y los de operaciones?» right after a complaint was moved to SECPLAN: an elliptical follow-up names a set of the
kind of record in focus, so it lists that department's complaints (or says there are none), never shows the one
just moved; a follow-up naming only a day still asks the agenda."""

from __future__ import annotations

import pytest

BACHE = "reclamo de la vecina Marta Soto por un bache en calle Prat"
LUMINARIA = "reclamo de don Luis Pérez por una luminaria apagada en pasaje Atacama"


@pytest.mark.parametrize("asked", ["¿y los de operaciones?", "y los de operaciones q", "ok y los de Operaciones",
                                   "¿Y los del departamento de operaciones?"])
def test_the_department_named_is_listed(chat, asked: str) -> None:
    *_, listed = chat(BACHE, "sí", LUMINARIA, "sí", "deriva el reclamo 1 a secplan", "sí", asked)
    assert "Operaciones" in listed.text and "R-2026-0002" in listed.text, listed.text
    assert "R-2026-0001" not in listed.text, listed.text


def test_a_department_with_none_says_so(chat) -> None:
    *_, listed = chat(BACHE, "sí", "deriva el reclamo 1 a secplan", "sí", "¿y los de aseo?")
    assert "ninguno" in listed.text and "R-2026-0001" not in listed.text, listed.text


def test_a_day_after_a_change_still_asks_the_agenda(chat) -> None:
    *_, answered = chat(BACHE, "sí", "deriva el reclamo 1 a secplan", "sí", "¿y el viernes?")
    assert "viernes" in answered.text.lower() and "R-2026-0001" not in answered.text, answered.text
