"""«Pizarro no, mejor declínela» while a delegation to concejal Pizarro waits: the delegate denied and another answer
asked for is that answer (a decline of the same invitation), not a delegation to «Pizarro no»."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = "invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00"


@pytest.mark.parametrize("words", ["Pizarro no, mejor declínela",
                                   "no, pizarro no, mejor recházala xfa",
                                   "el concejal Pizarro no, decliná mejor",
                                   "eh Pizarro no mejor declínala nomás"])
def test_the_delegate_denied_then_a_decline_declines(chat, dispatcher, words: str) -> None:
    chat(INVITATION, "sí", "delégala en el concejal Pizarro")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "invitation.respond", preview.text
    assert "declinar" in preview.text and "Pizarro" not in preview.text.split("Respuesta:")[-1], preview.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "declined" and invitation.delegate is None, (invitation.status, invitation.delegate)
