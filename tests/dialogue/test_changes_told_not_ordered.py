"""A change of a stored invitation or activity told rather than ordered («el Te Deum será en el gimnasio y a las
10:30», «el regimiento avisa que la ceremonia será a las 11 en el frontis», «la reunión con bomberos va a ser a las
12 en la sala de concejo») previews the change of that record, with a place said after the new time, and «deshacer»
takes it back. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

TE_DEUM = "invitación del Obispado al Te Deum el martes 8 de diciembre a las 11 en la Catedral"
BOMBEROS = "agenda reunión con bomberos el jueves 26 a las 10 en el cuartel"


def _local(dispatcher, moment) -> str:
    return moment.astimezone(dispatcher.settings.zone).strftime("%H:%M")


@pytest.mark.parametrize("line", [
    "el Te Deum será en el gimnasio municipal y a las 10:30",
    "El Obispado avisa que el Te Deum será a las 10:30 en el gimnasio municipal",
    "ojo q el tedeum va a ser a las 10:30 en el gimnasio municipal",
])
def test_an_invitation_told_to_change_place_and_time(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(TE_DEUM, "sí", BOMBEROS, "sí", line, "sí")
    assert "invitación N° 1" in proposed.text and "gimnasio municipal" in proposed.text, proposed.text
    [invitation] = stored(dispatcher, Invitation)
    assert (invitation.place, _local(dispatcher, invitation.start_at)) == ("gimnasio municipal", "10:30"), saved.text
    assert [e.title for e in stored(dispatcher, Event)] == ["reunión con bomberos"]


@pytest.mark.parametrize("line", [
    "la reunión con bomberos va a ser a las 12 en la sala de concejo",
    "Bomberos informa que la reunión se cambió para las 12 en la sala de concejo",
    "pásala a las 12 en la sala de concejo",
])
def test_an_activity_told_to_change_keeps_its_day_and_undoes(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(TE_DEUM, "sí", BOMBEROS, "sí", line, "sí")
    assert "actividad N° 1" in proposed.text and "sala de concejo" in proposed.text, proposed.text
    [event] = stored(dispatcher, Event)
    assert (event.place, _local(dispatcher, event.start_at), event.day.day) == ("sala de concejo", "12:00", 26), \
        saved.text
    chat("deshacer")
    [event] = stored(dispatcher, Event)
    assert (event.place, _local(dispatcher, event.start_at)) == ("cuartel", "10:00")
