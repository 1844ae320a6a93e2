"""A stored invitation's new place told as news, with who told it and why («los pisqueros avisaron q el lanzamiento
se hace en la Casa de la Cultura por el calor»): the change of the invitation its words name, previewed with what
it was, audited and undoable; never a new complaint routed by a word of the new place («cultura»). The clock is
Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import AuditEntry, Complaint, Invitation
from tests.dialogue.talk import stored

INVITATIONS = (
    "invitación del club de cueca Los Huasos al lanzamiento del festival el sábado 28 a las 19 en la plaza de armas",
    "sí",
    "invitación de la junta de vecinos Villa Alegre a una once el domingo 29 a las 17 en la multicancha",
    "sí",
)


@pytest.mark.parametrize(("line", "number", "place"), [
    ("oye los huasos avisaron q el lanzamiento se hace en la Casa de la Cultura por el calor", 1,
     "Casa de la Cultura"),
    ("Le informo que la junta de vecinos dice que la once se hace en la sede social por la lluvia", 2, "sede social"),
    ("los de la junta avisaron que la once al final es en el gimnasio municipal", 2, "gimnasio municipal"),
    ("ojo, el club de cueca avisa que el lanzamiento se realiza en el Teatro Municipal por el temporal", 1,
     "Teatro Municipal"),
])
def test_a_new_place_told_as_news_changes_the_invitation(chat, dispatcher, line: str, number: int,
                                                         place: str) -> None:
    *_, preview, saved = chat(*INVITATIONS, line, "sí")
    assert f"invitación N° {number}" in preview.text and f"Lugar: {place} (antes:" in preview.text, preview.text
    invitation = next(found for found in stored(dispatcher, Invitation) if found.id == number)
    assert invitation.place == place, saved.text
    assert not stored(dispatcher, Complaint)
    assert any(entry.entity == "invitation" and entry.action == "update" for entry in stored(dispatcher, AuditEntry))
    chat("deshacer")
    invitation = next(found for found in stored(dispatcher, Invitation) if found.id == number)
    assert invitation.place != place
