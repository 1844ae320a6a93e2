"""While a proposal waits, a correction of who invites told with its verb («o sea, la invita el Indap, no la
Seremi», «perdón, la organiza la Cámara, no el Rotary») or of whom a meeting is with told with «con» («no es con la
dom, es con secplan», «o sea, es reunión con secplan, no con la dom») shows the new value, keeping the day, the hour
and the place; the old value is never stored. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITED = "invitación de la Seremi de Salud a la inauguración del cesfam el viernes a las 11 en el gimnasio municipal"
MEETING = "agenda reunión con la dom el viernes a las 11 en la sala de concejo"


@pytest.mark.parametrize(("fix", "host"), [
    ("o sea, la invita el Indap, no la Seremi", "Indap"),
    ("perdón, la organiza la Cámara, no el Rotary", "Cámara"),
    ("o sea la invita el Indap no la Seremi", "Indap"),
    ("no la invita la Seremi, la invita el Indap xfa", "Indap"),
    ("q la invita el Indap porfa", "Indap"),
    ("Disculpe, la organiza la Cámara de Comercio.", "Cámara de Comercio"),
])
def test_who_invites_told_with_its_verb(chat, dispatcher, fix: str, host: str) -> None:
    chat(INVITED)
    [proposal] = chat(fix)
    assert f"Invita: {host}" in proposal.text, proposal.text
    assert "viernes 27 de noviembre, 11:00" in proposal.text and "gimnasio municipal" in proposal.text, proposal.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.organizer == host, invitation.organizer


@pytest.mark.parametrize("fix", ["o sea, es reunión con secplan, no con la dom", "no es con la dom, es con secplan",
                                 "o sea es con secplan, no con la dom", "es con secplan no con la dom po",
                                 "perdón, con secplan"])
def test_with_whom_told_with_con(chat, dispatcher, fix: str) -> None:
    chat(MEETING)
    [proposal] = chat(fix)
    assert "reunión con secplan" in proposal.text and "dom" not in proposal.text, proposal.text
    assert "viernes 27 de noviembre, 11:00" in proposal.text and "sala de concejo" in proposal.text, proposal.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.title == "reunión con secplan", event.title


def test_a_verb_of_inviting_before_a_place_is_no_host(chat) -> None:
    chat(INVITED)
    [proposal] = chat("la organizan en el teatro municipal")
    assert "Invita: Seremi de Salud" in proposal.text and "teatro municipal" in proposal.text, proposal.text
