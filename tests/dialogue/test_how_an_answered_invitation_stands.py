"""«¿en qué quedó la invitación de bomberos?» after it was declined: the invitation named and its answer are shown,
not only the ones still waiting for an answer."""

from __future__ import annotations

import pytest

INVITED = "invitación de la Cruz Roja de Linares a la colecta anual el sábado 28 a las 10 en la plaza de armas"


@pytest.mark.parametrize("asked", ["y la invitacion de la cruz roja en q quedo al final?",
                                   "y la invitación de la Cruz Roja en qué quedó"])
def test_how_a_declined_invitation_stands(chat, asked) -> None:
    *_, answer = chat(INVITED, "sí", "recházala, el alcalde está de viaje", "sí", asked)
    assert "colecta" in answer.text.lower() or "cruz roja" in answer.text.lower(), answer.text
    assert "rechaz" in answer.text.lower() or "declin" in answer.text.lower(), answer.text
