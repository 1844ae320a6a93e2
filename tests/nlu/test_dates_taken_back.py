"""A day or an hour the writer takes back in the same message ("el jueves, no, perdón, el viernes"; "a las 9...
no, mejor a las 10"): only the one said last is meant, and the words of the correction fill no slot."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2028, 6, 5, 9, 0)
"""A Monday."""


@pytest.mark.parametrize(("text", "start"), [
    ("agenda entrevista con radio Bío Bío el jueves, no, perdón, el viernes a las 8", datetime(2028, 6, 9, 8, 0)),
    ("agenda entrevista con radio Bío Bío el jueves a las 9... no, mejor a las 10:15", datetime(2028, 6, 8, 10, 15)),
    ("invitación de la Cámara Chilena de la Construcción al almuerzo del martes, digo miércoles, a las 13 hrs",
     datetime(2028, 6, 7, 13, 0)),
    ("llegó invitación del Club de Rodeo a la ramada del sábado a las 21 o sea a las 22", datetime(2028, 6, 10, 22, 0)),
])
def test_the_day_or_hour_said_last_is_the_start(parser, text, start):
    result = parser.parse(text, NOW)
    assert result.slots["start"] == start
    assert not {"perdon", "perdón", "mejor", "digo"} & set(str(result.slots.get("place", "")).lower().split())


@pytest.mark.parametrize(("text", "start"), [
    ("agenda reunión el martes y el miércoles a las 10", datetime(2028, 6, 6, 10, 0)),
    ("el martes no hay nada, agenda el jueves a las 9 la visita", datetime(2028, 6, 6, 9, 0)),
])
def test_days_not_taken_back_stay(parser, text, start):
    """Two days listed, or a day followed by more than a correction, are not one day taken back."""
    assert parser.moment(text, NOW)[0] == start


@pytest.mark.parametrize(("text", "start"), [
    ("agéndale al alcalde la once con los scouts el miércoles no el jueves 8 a las 17", datetime(2028, 6, 8, 17, 0)),
    ("anota reunión con la directora del cesfam el lunes a las diez no a las diez y media",
     datetime(2028, 6, 12, 10, 30)),
    ("porfa agenda q el alcalde va a la feria costumbrista el sábado no el domingo 11 a las 12",
     datetime(2028, 6, 11, 12, 0)),
    ("agende usted la visita al liceo el martes a las 15 no a las 16 horas", datetime(2028, 6, 6, 16, 0)),
])
def test_a_dictated_no_between_two_days_or_hours_keeps_the_second(parser, text, start):
    """A voice note has no comma: «el sábado no el domingo 11» and «a las diez no a las diez y media» take the first
    day or hour back, as «el sábado, no, el domingo» does."""
    assert parser.parse(text, NOW).slots["start"] == start
