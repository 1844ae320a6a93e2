"""A record moved by a length of time: how much and which way, never a clock time."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "minutes"), [
    ("adelántela una hora por favor", "-60"),
    ("atrásala media hora", "30"),
    ("córrela 20 minutos", "20"),
    ("la reunión con los dirigentes se posterga una hora y media", "90"),
    ("el almuerzo con el core se adelanta un cuarto de hora", "-15"),
    ("corre la visita a la feria 2 horas más tarde", "120"),
    ("retrasa 45 minutos la entrevista con la radio", "45"),
])
def test_a_length_of_time_moves_the_record_that_way(parser, text, minutes) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "event.update", understood
    assert understood.slots.get("shift") == minutes, understood.slots
    assert "time" not in understood.slots, understood.slots


def test_a_clock_time_with_h_is_not_a_length(parser) -> None:
    understood = parser.parse("corre la reunión a las 16 h", NOW)
    assert understood.slots.get("time") == "16:00" and "shift" not in understood.slots, understood.slots
