"""«corrige la invitación del Rotary, es en el Hotel Diego de Almagro»: a verb that changes a record, its name, and a
clause that only says where it is («es en …», «queda en …») give that record its new place (a preview with the old
one, stored after «sí»), instead of a question about what to change."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = ("invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00 "
              "en el Club de la Unión")


@pytest.mark.parametrize("change", ["corrige la invitación del Rotary, es en el Hotel Diego de Almagro",
                                    "Corrija la invitación del Rotary, por favor: es en el Hotel Diego de Almagro.",
                                    "modifica la invitación del rotary q queda en el Hotel Diego de Almagro",
                                    "eh corregí la invitación del Rotary eh es en el Hotel Diego de Almagro"])
def test_the_place_said_after_naming_the_invitation_is_its_new_place(chat, dispatcher, change: str) -> None:
    chat(INVITATION, "sí")
    [preview] = chat(change)
    assert preview.pending is not None and preview.pending.intent == "invitation.update", preview.text
    assert "Hotel Diego de Almagro" in preview.text and "Club de la Unión" in preview.text, preview.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "Hotel Diego de Almagro", invitation.place
