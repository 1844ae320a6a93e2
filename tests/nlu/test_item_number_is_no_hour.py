"""«anula la 2», «cancele la 3», «acepta la 2 nomás»: a bare digit after «la» points at an item of a list, not at an
hour, which needs «a las» or a clock form («a la 1», «la 1:30», «a las 2 de la tarde»)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "intent"), [
    ("Por favor, suspenda la 2.", "event.cancel"),
    ("anula la 3 xfa", "event.cancel"),
    ("la 2 cancélala", "event.cancel"),
    ("acepta la 2 nomás", "invitation.respond"),
])
def test_a_digit_after_la_is_the_item_not_an_hour(parser, text: str, intent: str) -> None:
    parsed = parser.parse(text, NOW)
    assert parsed.intent == intent and parsed.slots.get("reference") in ("2", "3"), parsed
    assert not {"at", "time", "start"} & parsed.slots.keys(), parsed.slots


@pytest.mark.parametrize(("text", "hour"), [
    ("reunión con la junta mañana a la 1", "13:00"),
    ("almuerzo con el seremi mañana la 1:30", "13:30"),
    ("visita al cesfam mañana a las 2 de la tarde", "14:00"),
])
def test_an_hour_still_needs_a_las_or_a_clock_form(parser, text: str, hour: str) -> None:
    assert parser.parse(text, NOW).slots["start"].strftime("%H:%M") == hour
