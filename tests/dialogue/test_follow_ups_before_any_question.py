"""An elliptical day question with no question asked before it («¿y el viernes?» right after an activity was
stored) asks the mayor's agenda for that day; a part of the day alone after a day was asked («¿y en la tarde?»)
keeps that day; chatter that names a day asks nothing. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

MEETING = "agenda reunión con la directora de Secplan el viernes a las 10 en la sala de reuniones"


@pytest.mark.parametrize("line", ["y el viernes?", "¿Y el viernes en la mañana?", "ok y el vie?"])
def test_a_day_asked_right_after_storing_is_the_agenda_of_that_day(chat, line: str) -> None:
    *_, agenda = chat(MEETING, "sí", line)
    assert "viernes 27 de noviembre" in agenda.text and "Secplan" in agenda.text, agenda.text


def test_a_part_of_the_day_alone_keeps_the_day_asked(chat) -> None:
    *_, friday, afternoon = chat(MEETING, "sí", "qué tiene el alcalde el martes", "¿y el viernes en la mañana?",
                                 "¿y en la tarde?")
    assert "viernes 27 de noviembre" in friday.text
    assert "viernes 27 de noviembre" in afternoon.text and "hoy" not in afternoon.text, afternoon.text


def test_chatter_that_names_a_day_asks_nothing(chat) -> None:
    [reply] = chat("oye y viste el partido de ayer?")
    assert "Agenda" not in reply.text and "No hay actividades" not in reply.text, reply.text
