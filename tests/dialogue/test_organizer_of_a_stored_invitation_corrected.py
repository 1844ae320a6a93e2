"""«Corrección: la invitación de la escuela la envía el Centro de Padres, no la dirección» after the invitation was
stored: a new organizer told with its verb (and the record named before it) is that invitation's organizer change,
to confirm and undo; its «no» denies the old host and never declines the invitation."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

TOLD = ("Se recibió invitación de la Escuela Diferencial de Linares a la ceremonia de aniversario el jueves 26 a las "
        "11:00 en el patio central")


@pytest.mark.parametrize("words", [
    "Corrección: la invitación de la escuela la envía el Centro de Padres, no la dirección",
    "ojo q la invitacion de la escuela la manda el Centro de Padres xfa",
    "perdón, la invitación la envía el Centro de Padres, no la escuela",
    "aclaración coma la ceremonia la organiza el Centro de Padres punto",
])
def test_a_new_host_told_with_its_verb_changes_the_stored_organizer(chat, dispatcher, words: str) -> None:
    chat(TOLD, "sí")
    preview, done = chat(words, "sí")
    assert "Centro de Padres" in preview.text and "declinar" not in preview.text.lower(), preview.text
    assert done.stored, done.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.organizer == "Centro de Padres" and invitation.answered_at is None, invitation
    chat("deshacer")
    [invitation] = stored(dispatcher, Invitation)
    assert "Escuela" in invitation.organizer, invitation
