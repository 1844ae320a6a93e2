"""«y la otra recházala» after one item of a list of two was answered: «la otra» is the listed record the chat did
not act on last, not the one in focus."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.dialogue.talk import stored

FIRST = ("invitación del Rotary Club de Chillán a la cena de gobernadores el jueves 26 a las 20:30 "
         "en el Hotel Isabel Riquelme")
SECOND = "invitación de la Liga Campesina al rodeo de aniversario el sábado 28 a las 11 en la medialuna de Ñiquén"


@pytest.mark.parametrize("other", ["y la otra recházala", "la otra, declínala por favor", "y el otro rechazarlo",
                                   "y la otra declínala, ese día el alcalde anda en Concepción",
                                   "la otra recházala, coincide con la sesión del consejo regional",
                                   "ya, y la otra la declinamos no más", "la otra rechácela nomás",
                                   "y la otra rechazala no más xfa", "y la otra la declinamos nomás po"])
def test_the_other_one_is_the_listed_record_not_answered(chat, dispatcher, other) -> None:
    *_, proposal, done = chat(FIRST, "sí", SECOND, "sí", "invitaciones pendientes", "la segunda, acéptala", "sí",
                              other, "sí")
    assert "Rotary" in proposal.text and "rodeo" not in proposal.text, proposal.text
    statuses = {invitation.organizer: invitation.status for invitation in stored(dispatcher, Invitation)}
    assert statuses == {"Rotary Club de Chillán": InvitationStatus.DECLINED,
                        "Liga Campesina": InvitationStatus.ACCEPTED}, (done.text, statuses)
