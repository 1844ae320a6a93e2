"""Public holidays asked in words, answered from the calendar deadlines count by. The clock is Monday 23 November
2026, 09:00: Tuesday 8 December 2026 is a holiday (Inmaculada Concepción), Friday 27 November is a working day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["¿el 8 de diciembre es feriado?", "oye el 8 de dic se trabaja?",
                                      "Estimada, ¿me confirma si el martes 8 de diciembre es día hábil?"])
def test_a_holiday_is_named(chat, question: str) -> None:
    [reply] = chat(question)
    assert "8 de diciembre es feriado" in reply.text and "Inmaculada Concepción" in reply.text, reply.text


def test_a_working_day_is_said_to_be_one(chat) -> None:
    [reply] = chat("el viernes es feriado?")
    assert "viernes 27 de noviembre no es feriado; es día hábil" in reply.text, reply.text


def test_the_next_holiday_and_a_follow_up_for_another_month(chat) -> None:
    following, other = chat("cuándo es el próximo feriado", "¿y en enero?")
    assert "próximo feriado es el martes 8 de diciembre" in following.text, following.text
    assert "Año Nuevo" in other.text and "viernes 1 de enero de 2027" in other.text, other.text


def test_a_run_of_holidays_names_its_long_weekend_once(chat) -> None:
    [reply] = chat("qué feriados hay en septiembre del 2027")
    assert reply.text.count("fin de semana largo") == 1, reply.text
    assert "Fiestas Patrias" in reply.text and "Glorias del Ejército" in reply.text


def test_a_long_weekend_asked_for_skips_the_holidays_that_make_none(chat) -> None:
    following, other = chat("¿cuál es el próximo fin de semana largo?", "¿y en agosto del 2027?")
    assert "viernes 25 de diciembre" in following.text and "Navidad" in following.text, following.text
    assert "8 de diciembre" not in following.text
    assert "No hay fines de semana largos" in other.text, other.text  # 15 August 2027 is a Sunday
