"""Hesitations a voice-note transcript keeps («ehh», «emm», «mmm», «este…»): sounds of thinking, never words of a
title, an organizer or a place, wherever they stand."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2028, 6, 5, 9, 0)
"""A Monday."""


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("agéndele al alcalde emm la inauguración del skatepark el viernes a las 11", "title",
     "inauguración del skatepark"),
    ("tenís que agendar el almuerzo con ehhh los dirigentes del club deportivo el jueves a las 13", "title",
     "almuerzo con los dirigentes del club deportivo"),
    ("llegó invitación de la junta de vecinos villa esperanza mmm para la once de aniversario el sábado a las 17",
     "organizer", "junta de vecinos villa esperanza"),
    ("anote como efeméride el 18 de septiembre emm las fiestas patrias", "title", "fiestas patrias"),
])
def test_a_hesitation_fills_no_slot(parser, text, slot, value):
    result = parser.parse(text, NOW)
    assert str(result.slots[slot]).lower().removeprefix("la ") == value


def test_this_before_a_day_is_no_hesitation(parser):
    """«este jueves» names a day: only «este» trailing off into a pause is a hesitation."""
    assert parser.parse("agenda reunión con la seremi este jueves a las 10", NOW).slots["start"] \
        == datetime(2028, 6, 8, 10, 0)


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("busca el teléfono del seremi de, este, salud", "query", "seremi de salud"),
    ("oye dame el fono d la junta de, eh, vecinos de Villa Sur", "query", "junta de vecinos de villa sur"),
    ("necesito el correo de la directora del, emm, cesfam norte", "query", "directora del cesfam norte"),
    ("por favor agende reunión con el seremi de, este, salud el martes a las 10", "title",
     "reunión con el seremi de salud"),
    ("invitación del, eh, club de leones a la cena el viernes a las 21 en el, este, hotel plaza", "organizer",
     "club de leones"),
])
def test_a_hesitation_between_commas_leaves_the_name_whole(parser, text, slot, value):
    """«el seremi de, este, salud»: both pauses of the aside go with it, or the first cuts the name at «de»."""
    assert str(parser.parse(text, NOW).slots[slot]).lower() == value
