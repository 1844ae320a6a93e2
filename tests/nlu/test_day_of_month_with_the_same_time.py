"""«cámbiala al 29 a la misma hora»: a bare day after «al», followed by words that keep the record's time, is the
new day, not the name of the activity. The clock is Monday 20 December 2027, 09:00."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 12, 20, 9, 0)


@pytest.mark.parametrize(("text", "day"), [
    ("la del 30 cámbiala al 29 a la misma hora", date(2027, 12, 29)),
    ("pásala al 29 misma hora", date(2027, 12, 29)),
    ("muévala al 4, en el mismo horario por favor", date(2028, 1, 4)),
    ("corre la reunión al 3 igual hora", date(2028, 1, 3)),
])
def test_the_bare_day_is_the_new_date(parser, text, day):
    understood = parser.parse(text, NOW)
    assert understood.intent == "event.update"
    assert understood.slots["date"] == day.isoformat()
    assert "time" not in understood.slots and understood.slots.get("reference") != str(day.day)
