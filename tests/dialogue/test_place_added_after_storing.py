"""The place given right after a record was stored («ponle lugar: sala de reuniones del 2° piso», «póngale como
lugar la Biblioteca») is that record's change, previewed before it is written; a floor said as «2°» is no day.
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("line", "place"), [
    ("ponle lugar: sala de reuniones del 2° piso", "sala de reuniones del 2° piso"),
    ("Por favor, póngale como lugar la Biblioteca Municipal", "Biblioteca Municipal"),
    ("agregale el lugar, es en el salon auditorio de la gobernacion", "salon auditorio de la gobernacion"),
])
def test_the_activity_just_stored_gets_the_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, done = chat("agenda reunión de coordinación con Dideco el jueves 26 a las 9", "sí", line, "sí")
    assert "(antes: sin lugar)" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place and event.day.day == 26, done.text


def test_the_invitation_just_stored_gets_the_place(chat, dispatcher) -> None:
    chat("llegó invitación de la junta de vecinos Los Aromos a su aniversario el sábado 28 a las 19", "sí")
    *_, preview, _ = chat("póngale como lugar la sede vecinal", "sí")
    assert "sede vecinal" in preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "sede vecinal"
    assert stored(dispatcher, Event) == []
