"""«la va a cubrir el concejal Pizarro», «que la cubra la concejala Tapia»: who covers an invitation goes on the
mayor's behalf, a delegation, never an acceptance; and «el concejal Pizarro no, la concejala Tapia» while that
delegation waits changes who goes, never turns it into a decline."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

BOMBEROS = "llegó invitación de bomberos al aniversario de la 1ra compañía el sábado 28 a las 19 en el cuartel"


@pytest.mark.parametrize("line", ["la va a cubrir el concejal Pizarro",
                                  "oye q la cubra el concejal Pizarro nomás",
                                  "La invitación de bomberos la cubre el concejal Pizarro.",
                                  "el concejal Pizarro va a cubrir lo de bomberos"])
def test_who_covers_it_is_its_delegate(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(BOMBEROS, "sí", line, "sí")
    assert "delegar" in proposed.text and "Pizarro" in proposed.text, proposed.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "delegated" and "Pizarro" in (invitation.delegate or ""), saved.text


@pytest.mark.parametrize("correction", ["el concejal Pizarro no, la concejala Tapia",
                                        "no el concejal Pizarro, la concejala Tapia",
                                        "la concejala Tapia, no Pizarro",
                                        "Pizarro no, q la cubra la concejala Tapia xfa",
                                        "no, mejor que vaya la concejala Tapia"])
def test_a_corrected_delegate_stays_a_delegation(chat, dispatcher, correction: str) -> None:
    *_, corrected, saved = chat(BOMBEROS, "sí", "la va a cubrir el concejal Pizarro", correction, "sí")
    assert "delegar en concejala Tapia" in corrected.text, corrected.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "delegated" and invitation.delegate == "concejala Tapia", saved.text


def test_a_decline_said_after_denying_the_delegate_still_declines(chat, dispatcher) -> None:
    *_, corrected = chat(BOMBEROS, "sí", "la va a cubrir el concejal Pizarro", "no, mejor declínela")
    assert "declinar" in corrected.text, corrected.text
