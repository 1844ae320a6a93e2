"""«confirma que va el alcalde» with nothing waiting: its «confirma» is the verb of a request on the record just
stored, not an opening «sí» that answers nothing and leaves «que va el alcalde» to be read as a question."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.dialogue.talk import stored

INVITATION = ("la Cruz Roja de Rancagua invita al alcalde al aniversario de la filial "
              "el viernes 27 a las 11 en el teatro regional")


@pytest.mark.parametrize("command", ["confirma que asiste el alcalde", "Confirma que vamos, por favor",
                                     "acepta que sí va"])
def test_a_yes_word_that_asks_accepts_the_invitation_just_stored(chat, dispatcher, command) -> None:
    *_, proposal, done = chat(INVITATION, "sí", command, "sí")
    assert "aceptar" in proposal.text.lower() and "aniversario" in proposal.text, proposal.text
    assert "aceptada" in done.text, done.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == InvitationStatus.ACCEPTED
