"""«¿en qué va ese reclamo?» right after a record was stored: the demonstrative and the kind's noun point at that
record, so its details are shown, not the list of every open one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["¿en q va ese reclamo?", "y en qué está ese reclamo",
                                      "cuándo vence ese reclamo?"])
def test_a_question_pointing_at_the_stored_complaint_shows_it(chat, question: str) -> None:
    chat("reclamo de la vecina Inés Bustos por luminaria apagada en Los Carrera 455, fono 9 4455 1122", "sí")
    chat("reclamo por perros vagos en la plaza de Villa Esperanza, avisa Jorge Lillo", "sí")
    [shown] = chat(question)
    assert "Jorge Lillo" in shown.text and "Inés Bustos" not in shown.text, shown.text


def test_a_question_about_every_complaint_still_lists_them(chat) -> None:
    chat("reclamo de la vecina Inés Bustos por luminaria apagada en Los Carrera 455, fono 9 4455 1122", "sí")
    chat("reclamo por perros vagos en la plaza de Villa Esperanza, avisa Jorge Lillo", "sí")
    [shown] = chat("¿en qué van los reclamos?")
    assert "R-2026-0001" in shown.text and "R-2026-0002" in shown.text, shown.text
