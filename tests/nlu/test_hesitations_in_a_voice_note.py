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
