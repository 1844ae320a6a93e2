"""Minutes said in words right after the hour, as a clock is read aloud in a voice note («a las diez treinta
horas», «a las once quince»): the minutes are part of the time, never a title's or a place's words."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2028, 6, 5, 9, 0)
"""A Monday."""


@pytest.mark.parametrize(("text", "start"), [
    ("agende usted una reunión con carabineros el jueves a las nueve treinta horas", datetime(2028, 6, 8, 9, 30)),
    ("porfa anota q el alcalde tiene dentista el martes a las cuatro quince", datetime(2028, 6, 6, 16, 15)),
    ("agéndale la entrevista con la radio el miércoles a las once cuarenta y cinco", datetime(2028, 6, 7, 11, 45)),
    ("agenda almuerzo con los concejales el viernes a las 13 treinta hrs", datetime(2028, 6, 9, 13, 30)),
])
def test_minutes_said_in_words_after_the_hour(parser, text, start):
    assert parser.parse(text, NOW).slots["start"] == start
