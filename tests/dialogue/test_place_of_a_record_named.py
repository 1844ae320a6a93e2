"""A stored invitation or activity named in the message with its new place («la invitación de bomberos pasa a ser en
el Teatro Municipal», «la reunión con el Serviu al final es en la sala de concejo») is that record's change of
place, previewed with the new place and its own day: never a new invitation, nor «¿Qué cambio…?». The clock is Monday
23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

BOOKED = ("invitación de bomberos al aniversario del cuerpo el viernes 27 a las 19 en el cuartel", "sí",
          "agenda reunión con el Serviu el jueves 26 a las 10 en la alcaldía", "sí")


@pytest.mark.parametrize("line", ["la invitación de bomberos pasa a ser en el Teatro Municipal",
                                  "la invitación de bomberos pasó a ser en el Teatro Municipal",
                                  "Le informo que la invitación de bomberos pasará a ser en el Teatro Municipal",
                                  "ojo q la invitacion d bomberos pasa a ser en el teatro municipal"])
def test_an_invitation_named_gets_its_new_place(chat, dispatcher, line: str) -> None:
    chat(*BOOKED)
    preview, _ = chat(line, "sí")
    assert "eatro" in preview.text and "Registrar" not in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place.lower() == "teatro municipal", invitation.place
    assert len(stored(dispatcher, Invitation)) == 1


@pytest.mark.parametrize("line", ["la reunión con el Serviu al final es en la sala de concejo",
                                  "la reunión con el Serviu pasa a ser en la sala de concejo",
                                  "la reu con el serviu al final va a ser en la sala de concejo"])
def test_an_activity_named_gets_its_new_place(chat, dispatcher, line: str) -> None:
    chat(*BOOKED)
    preview, _ = chat(line, "sí")
    assert "sala de concejo" in preview.text and "Agendar" not in preview.text, preview.text
    events = {event.title: event.place for event in stored(dispatcher, Event)}
    assert events.get("reunión con el Serviu") == "sala de concejo", events
