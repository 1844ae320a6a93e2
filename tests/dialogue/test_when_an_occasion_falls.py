"""«¿Cuándo es el aniversario del liceo?» is answered from the efemérides: the day each one so named falls on, and
the next time; one not stored is said so, with how to add it."""

from __future__ import annotations

import pytest

STORED = ("agrega el aniversario del Liceo Bicentenario el 12 de mayo a las efemérides", "sí")


@pytest.mark.parametrize("asked", [
    "¿cuándo es el aniversario del liceo?",
    "q día cae el aniversario dl liceo?",
    "oye, ¿sabís cuándo es el aniversario del liceo?",
    "Buenos días. ¿En qué fecha se celebra el aniversario del liceo",
    "Estimados, ¿en qué fecha es el aniversario del liceo?",
    "Buenas tardes, consulta: ¿cuándo cae el aniversario del liceo?",
])
def test_when_an_occasion_falls_is_its_efemeride(chat, asked: str) -> None:
    *_, answer = chat(*STORED, asked)
    assert "niversario del Liceo Bicentenario: cada 12 de mayo" in answer.text, answer.text
    assert "la próxima, el miércoles 12 de mayo de 2027" in answer.text, answer.text


def test_several_occasions_so_named_are_listed(chat) -> None:
    *_, answer = chat(*STORED, "agrega el aniversario del Liceo Comercial el 3 de junio a las efemérides", "sí",
                      "cuándo es el aniversario del liceo")
    assert "Bicentenario" in answer.text and "Comercial" in answer.text, answer.text


def test_an_occasion_not_stored_is_said_so(chat) -> None:
    answer, = chat("cuándo cae el día del gásfiter")
    assert "No encuentro «día del gásfiter» en las efemérides" in answer.text, answer.text
