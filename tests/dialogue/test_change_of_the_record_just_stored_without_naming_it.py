"""Right after a record is stored, a change that does not name it: «corrija la dirección: es … , no …» of a complaint,
«al final la pasaron a las 19:30» of an invitation. Each proposes that record's change; no cue word eats the start of
the value («es Esmeralda» keeps its «Es»), and «al final» is never the new place."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Invitation
from tests.dialogue.talk import stored


@pytest.mark.parametrize("fix", ["Corrija la dirección: es Estado 1450, no 1540.",
                                 "la dirección es Estado 1450, no 1540",
                                 "corrección, la dirección: Estado 1450",
                                 "rectifique la dirección: es pasaje Estado 1450"])
def test_the_address_of_a_complaint_just_stored_is_corrected(chat, dispatcher, fix: str) -> None:
    chat("reclamo de don Óscar Painequeo: luminaria apagada frente a calle Estado 1540 desde hace una semana", "sí")
    [proposal] = chat(fix)
    assert "Estado 1450" in proposal.text and "efeméride" not in proposal.text, proposal.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address is not None and "Estado 1450" in complaint.address, complaint.address


@pytest.mark.parametrize("change", ["ah, al final la pasaron a las 19:30", "al final la cambiaron a las 19:30",
                                    "la corrieron para las 19:30"])
def test_the_time_of_an_invitation_just_stored_changes(chat, dispatcher, change: str) -> None:
    chat("llegó invitación de la Junta de Vecinos Los Copihues al aniversario de la junta el sábado 28 a las 19 en "
         "la sede social", "sí")
    [proposal] = chat(change)
    assert "19:30" in proposal.text and "Lugar" not in proposal.text, proposal.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "sede social", invitation.place
