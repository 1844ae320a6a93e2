"""A move of the activity in focus to «the other» room («se pasó pal otro salón»): it names no room, so nothing is
cancelled and «otro salón» is never stored; the bot asks what changes, and the room said then is previewed old → new,
stored after «sí» and undoable. «el otro martes» is a day, not a room. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la directiva del club deportivo el jueves 26 a las 10 en el salón grande"


@pytest.mark.parametrize("line", [
    "se pasó pal otro salón",
    "Le informo que la reunión se trasladó al otro salón.",
    "la cambiaron a la otra sala",
    "oiga, al final es en el otro salón",
])
def test_the_other_room_is_asked_for_then_stored(chat, dispatcher, line: str) -> None:
    *_, asked, preview, _ = chat(MEETING, "sí", line, "al salón chico", "sí")
    assert asked.text.startswith("¿Qué cambio en la actividad N° 1"), asked.text
    assert "Lugar: salón chico (antes: salón grande)" in preview.text, preview.text
    [meeting] = stored(dispatcher, Event)
    assert meeting.place == "salón chico"
    chat("deshacer")
    [meeting] = stored(dispatcher, Event)
    assert meeting.place == "salón grande"


def test_the_other_tuesday_is_a_day(chat) -> None:
    *_, reply = chat(MEETING, "sí", "la reunión es el otro martes")
    assert "Cuándo:" in reply.text and "otro" not in reply.text, reply.text
