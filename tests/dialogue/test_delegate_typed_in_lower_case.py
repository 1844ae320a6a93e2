"""«manda al jefe de gabinete don tomás rojas en su representación»: a delegate typed in lower case after an honorific
is stored with the post said and the name written as a name («jefe de gabinete don Tomás Rojas»)."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = "invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00"


@pytest.mark.parametrize("words", ["manda al jefe de gabinete don tomás rojas en su representación",
                                   "Por favor, envíe al jefe de gabinete, don tomás rojas, en su representación.",
                                   "q vaya el jefe de gabinete don tomás rojas xfa",
                                   "eh manda al jefe de gabinete eh don tomás rojas en su representación"])
def test_the_delegate_s_name_is_written_as_a_name(chat, dispatcher, words: str) -> None:
    chat(INVITATION, "sí")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "invitation.respond", preview.text
    assert "Tomás Rojas" in preview.text, preview.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "delegated", invitation.status
    assert invitation.delegate.startswith("jefe de gabinete") and invitation.delegate.endswith("don Tomás Rojas"), \
        invitation.delegate
