"""A verb carrying the record as its pronoun, typed as it sounds («rechasala», «canselala», «rechazela»), acts on
the record in focus (or the one named before it) as the verb spelled right does. The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

RODEO = "invitación del club de huasos Los Aperos a la trilla a yegua suelta el sábado 28 a las 11 en la medialuna"
SCHOOL = "llegó invitación de la escuela Los Copihues a la licenciatura de cuarto medio el viernes 27 a las 18"
MEETING = "agenda reunión con la directora de Secpla el jueves 26 de 10 a 11:30 en la sala de concejo"


@pytest.mark.parametrize(("line", "declined"), [("rechasala", 2), ("la de los huasos rechasala nomas", 2),
                                                ("ya, rechazela", 2), ("la de la escuela rechasala", 1)])
def test_an_invitation_answered_with_the_verb_typed_as_said(chat, dispatcher, line: str, declined: int) -> None:
    *_, proposed, saved = chat(SCHOOL, "sí", RODEO, "sí", line, "sí")
    assert f"N° {declined}" in proposed.text and "declinar" in proposed.text, proposed.text
    statuses = {invitation.id: invitation.status for invitation in stored(dispatcher, Invitation)}
    assert statuses[declined] == "declined" and list(statuses.values()).count("declined") == 1, saved.text


@pytest.mark.parametrize("line", ["canselala", "suspendela porfa, se enfermo la directora"])
def test_an_activity_cancelled_with_the_verb_typed_as_said(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(MEETING, "sí", line, "sí")
    assert "Cancelar la actividad N° 1" in proposed.text, proposed.text
    [event] = stored(dispatcher, Event)
    assert event.cancelled_at is not None, saved.text
