"""«la otra, rechazar» after two records were stored and one of them changed, no list shown: «la otra» is the other
record the chat spoke of, never the one just changed."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.dialogue.talk import stored

FIRST = ("invitación de la Cámara de Comercio de Talca a la cena anual el viernes 27 a las 21 "
         "en el Hotel Diego de Almagro")
SECOND = "invitación del Club Deportivo Lircay al campeonato de cueca el domingo 29 a las 15 en el gimnasio techado"


@pytest.mark.parametrize("change", ["la de la cámara pasó a las 20:30", "la cena de la cámara cámbiala a las 20:30"])
@pytest.mark.parametrize("other", ["la otra, rechazar", "y la otra declínela, por favor",
                                   "y la otra recházala, ese día el alcalde anda en Santiago",
                                   "la otra no va, recházala"])
def test_the_other_one_is_the_record_not_changed(chat, dispatcher, change, other) -> None:
    *_, proposal, done = chat(FIRST, "sí", SECOND, "sí", change, "sí", other, "sí")
    assert "cueca" in proposal.text and "cena" not in proposal.text, proposal.text
    statuses = {invitation.organizer: invitation.status for invitation in stored(dispatcher, Invitation)}
    assert statuses["Club Deportivo Lircay"] == InvitationStatus.DECLINED, (done.text, statuses)
    assert statuses["Cámara de Comercio de Talca"] != InvitationStatus.DECLINED, statuses
