"""A new name told as a correction of the record in focus («Corrijo el nombre: es X, no Y», «corrige el título: es
X», «el nombre está mal, es X», «me equivoqué en el nombre: se llama X») renames it, as «cámbiele el nombre: X»
does: the old name taken back and the sentence's article are no part of the new one. Previewed, «sí», and
«deshacer» gives the old name back. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("llegó invitación del Liceo Bicentenario a la ceremonia de graduación el viernes 27 a las 19 en el "
              "gimnasio del liceo")
ACTIVITY = "agenda reunión de coordinación el jueves 26 a las 10 en la sala de concejo"


@pytest.mark.parametrize("line", [
    "Corrijo el nombre: es la Licenciatura de Cuartos Medios, no la ceremonia de graduación",
    "corrige el título porfa: es Licenciatura de Cuartos Medios",
    "oye el nombre está mal, es la Licenciatura de Cuartos Medios y no ceremonia de graduación",
    "me equivoqué en el nombre: se llama Licenciatura de Cuartos Medios",
])
def test_an_invitation_is_renamed_by_a_correction(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat(INVITATION, "sí", line, "sí")
    assert "Título: Licenciatura de Cuartos Medios (antes:" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == "Licenciatura de Cuartos Medios"
    chat("deshacer")
    assert stored(dispatcher, Invitation)[0].title == "ceremonia de graduación"


def test_an_activity_is_renamed_by_a_correction(chat, dispatcher) -> None:
    *_, preview, _ = chat(ACTIVITY, "sí", "Rectifico el título: es Mesa Técnica de Seguridad, no reunión de "
                          "coordinación", "sí")
    assert "actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.title == "Mesa Técnica de Seguridad"
