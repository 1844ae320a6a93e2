"""«la del martes bórrala, se cayó»: after the week's agenda is listed, an activity pointed at by its weekday alone with
a removing verb is cancelled (previewed first); a weekday never names an efeméride. The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

WEEK = ("agenda almuerzo con el gobernador el martes 24 a las 13", "sí",
        "agenda visita al liceo el jueves 26 a las 10", "sí", "q hay esta semana?")


@pytest.mark.parametrize("remove", [
    "la del martes borrala, se cayo",
    "La del martes, bórrela por favor.",
    "la del martes borrála nomás, no va",
    "eh la del martes, la del martes sáquela, se suspendió",
])
def test_the_activity_of_the_weekday_named_is_cancelled(chat, dispatcher, remove: str) -> None:
    chat(*WEEK)
    [preview] = chat(remove)
    assert "almuerzo con el gobernador" in preview.text and "liceo" not in preview.text, preview.text
    assert "efeméride" not in preview.text.lower(), preview.text
    chat("sí")
    cancelled = {event.title: event.cancelled_at is not None for event in stored(dispatcher, Event)}
    assert cancelled == {"almuerzo con el gobernador": True, "visita al liceo": False}, cancelled
