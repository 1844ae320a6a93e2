"""News of what the mayor is doing, told while a proposal waits («por cierto, el alcalde llega atrasado hoy, viene en
la barcaza»): said for the office, it changes nothing of the proposal — neither its day nor its place — and the
proposal still waits for its «sí»."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = ("Llegó invitación de la Cámara de Comercio de Ancud al lanzamiento de la temporada el martes 1 de "
              "diciembre a las 10 en el Hotel Galeón Azul.")


@pytest.mark.parametrize("news", ["Por cierto, el alcalde llega atrasado hoy, viene en el bus de Puerto Montt.",
                                  "A propósito, la alcaldesa anda en Santiago mañana en la mañana.",
                                  "ah, y el jefe está con licencia hoy, vuelve el lunes"])
def test_news_of_the_mayor_leaves_the_proposal_waiting(chat, dispatcher, news) -> None:
    _, aside, stored_reply = chat(INVITATION, news, "sí")
    assert "Sigue pendiente" in aside.text and aside.pending is not None, aside.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "Hotel Galeón Azul", stored_reply.text
    assert invitation.day is not None and invitation.day.day == 1, stored_reply.text
