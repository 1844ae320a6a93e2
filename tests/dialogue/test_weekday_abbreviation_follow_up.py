"""An elliptical follow-up with a weekday abbreviation that is also a word («¿y el mar?», «y el do»): after the
agenda of a day only a day can stand there, so it asks that weekday's agenda; «mar» elsewhere stays the sea."""

from __future__ import annotations

import pytest

MEETING = "agenda reunión con el capitán de puerto mar 24 a las 11 en la gobernación marítima"


@pytest.mark.parametrize("follow", ["¿y el mar?", "y el mar", "ok y el mar.", "Y EL MAR?"])
def test_tuesday_abbreviated_after_the_agenda_of_monday(chat, follow) -> None:
    chat(MEETING, "sí")
    [monday, tuesday] = chat("agenda de hoy", follow)
    assert "capitán de puerto" not in monday.text, monday.text
    assert "martes 24" in tuesday.text and "capitán de puerto" in tuesday.text, tuesday.text


def test_sunday_abbreviated_after_a_day(chat) -> None:
    [_, sunday] = chat("q tiene el alcalde el vie 27", "y el do?")
    assert "domingo 29" in sunday.text and "No entendí" not in sunday.text, sunday.text


def test_the_sea_is_no_weekday_outside_a_follow_up(chat) -> None:
    [reply] = chat("agenda limpieza de playa frente al mar el sábado 28 a las 10")
    assert "sábado 28" in reply.text and "martes" not in reply.text, reply.text
