"""A new place said with «al»/«a la» right after a verb that moves the record in focus («cámbiela al gimnasio»,
«pásala a la sede social», «muévanla al salón de honor») changes that record's place, previewed and confirmed; a day
said the same way («pásala al lunes») still moves its day. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

CEREMONY = "agenda ceremonia de premiación de los deportistas el sábado 28 a las 11 en la plaza de armas"
DINNER = "llegó invitación del Club de Leones a la cena de fin de año el viernes 27 a las 21 en el club de campo"


@pytest.mark.parametrize(("line", "place"), [
    ("cámbiela al gimnasio municipal", "gimnasio municipal"),
    ("pásala a la sede social xfa", "sede social"),
    ("muévanla al salón de honor", "salón de honor"),
    ("ya, córrela a la Casa de la Cultura", "Casa de la Cultura"),
])
def test_the_activity_in_focus_moves_to_the_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, saved = chat(CEREMONY, "sí", line, "sí")
    assert "Lugar" in preview.text and place in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place and event.start_at.day == 28, saved.text


def test_the_invitation_in_focus_moves_to_the_place(chat, dispatcher) -> None:
    *_, preview, _ = chat(DINNER, "sí", "cámbiela al salón de eventos del Hotel Diego de Almagro", "sí")
    assert "Lugar" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "salón de eventos del Hotel Diego de Almagro"


def test_a_place_and_an_hour_together(chat, dispatcher) -> None:
    *_, preview, _ = chat(CEREMONY, "sí", "pásala a la Casa de la Cultura a las 12", "sí")
    [event] = stored(dispatcher, Event)
    assert event.place == "Casa de la Cultura", preview.text
    assert event.start_at.astimezone(dispatcher.settings.zone).hour == 12


def test_a_day_after_the_same_verb_still_moves_the_day(chat, dispatcher) -> None:
    *_, preview, _ = chat(CEREMONY, "sí", "pásala al lunes", "sí")
    [event] = stored(dispatcher, Event)
    assert event.place == "plaza de armas" and event.start_at.day == 30, preview.text
