"""«esa semana», «ese mes» name the period of the last list shown: a look-up of another kind that names no period
of its own asks for that one, not for today. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("first", "then", "period"), [
    ("efemérides de la próxima semana", "¿y la agenda de esa semana?",
     "lunes 30 de noviembre al domingo 6 de diciembre"),
    ("¿Qué efemérides tenemos la semana que viene?", "Y en la agenda del alcalde, ¿qué hay esa misma semana?",
     "lunes 30 de noviembre al domingo 6 de diciembre"),
    ("q tiene el alcalde la otra semana", "y efemerides esa semana?", "30 de noviembre"),
    ("reclamos de diciembre", "¿y las efemérides de ese mes?", "1 de diciembre al"),
])
def test_a_look_up_of_that_period_asks_for_the_period_last_shown(chat, first: str, then: str, period: str) -> None:
    *_, answer = chat(first, then)
    assert period in answer.text and "hoy" not in answer.text, answer.text


def test_a_week_said_back_after_a_month_is_not_guessed(chat) -> None:
    *_, answer = chat("efemérides de diciembre", "¿y la agenda de esa semana?")
    assert "diciembre al" not in answer.text, answer.text
