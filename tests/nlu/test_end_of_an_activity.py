"""When a stored activity ends, said in words: the new `end` of an `event.update`, the start left as it was; an
activity booked with its end is still a new activity."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "end", "reference"), [
    ("y que termine a las 11:30", "11:30", None),
    ("ah, y termina a la 1", "13:00", None),
    ("que dure hasta las cinco y media", "17:30", None),
    ("la reunión del jueves termina a las 12", "12:00", "reunión"),
    ("la reu de mañana dura hasta las 13 hrs", "13:00", "reunión"),
    ("alarga la visita a la feria del viernes hasta las 12:30", "12:30", "visita feria"),
    ("extiéndela hasta las 14", "14:00", None),
    ("El taller del miércoles finaliza a las 18:00 horas, favor corregir", "18:00", "taller"),
])
def test_an_end_said_of_an_activity_changes_its_end(parser, text, end, reference) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "event.update", understood
    assert understood.slots.get("end") == end, understood.slots
    assert "time" not in understood.slots and "date" not in understood.slots, understood.slots
    if reference:
        said = understood.slots.get("reference", "").lower()
        assert all(word in said for word in reference.split()), understood.slots


def test_a_span_of_hours_moves_the_start_and_sets_the_end(parser) -> None:
    understood = parser.parse("pásala de 10 a 12", NOW)
    assert (understood.intent, understood.slots.get("time"), understood.slots.get("end")) == \
        ("event.update", "10:00", "12:00"), understood


@pytest.mark.parametrize("text", [
    "agenda reunión con el seremi el jueves de 10 hasta las 12",
    "agéndame almuerzo con bomberos mañana a las 13 hasta las 15 en el cuartel",
    "operativo de salud el sábado 28, termina a las 14 hrs",
])
def test_a_new_activity_with_its_end_is_a_booking(parser, text) -> None:
    assert parser.parse(text, NOW).intent == "event.create"
