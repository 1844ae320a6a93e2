"""«la de yungay, puede ser?» while the chat asks which of two records: a pick said with a hedge («puede ser»,
«creo», «parece», «¿no?») is still the pick, and then «y la otra declínala» is the one not picked."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.dialogue.talk import stored

FIRST = ("invitación del Club de Huasos Las Espuelas a la fiesta costumbrista el sábado 28 a las 12 "
         "en la medialuna de Pelarco")
SECOND = "invitación del Club de Adulto Mayor Los Aromos a la once de aniversario el domingo 29 a las 17 en su sede"


@pytest.mark.parametrize("hedged", ["la de los huasos, puede ser?", "la costumbrista creo", "la primera parece",
                                    "esa de las espuelas, ¿no?", "creo que la fiesta costumbrista",
                                    "la de la medialuna supongo"])
def test_hedged_pick_chooses_and_the_other_is_the_rest(chat, dispatcher, hedged) -> None:
    *_, asked, shown, _accepted, other, done = chat(FIRST, "sí", SECOND, "sí", "acepta la del club", hedged, "sí",
                                                     "y la otra declínala, el alcalde no alcanza", "sí")
    assert "costumbrista" in asked.text and "once" in asked.text, asked.text
    assert "costumbrista" in shown.text and "once" not in shown.text, shown.text
    assert "once" in other.text and "costumbrista" not in other.text, other.text
    statuses = {invitation.organizer: invitation.status for invitation in stored(dispatcher, Invitation)}
    assert statuses == {"Club de Huasos Las Espuelas": InvitationStatus.ACCEPTED,
                        "Club de Adulto Mayor Los Aromos": InvitationStatus.DECLINED}, (done.text, statuses)
