"""«Envíe en su representación al jefe de gabinete, don Tomás Rojas», «que vaya en tu representación la concejala
Soto»: «en su/tu representación» said before who goes opens the delegation; the person after it is the delegate, and
the words themselves never name the invitation."""

from __future__ import annotations

from datetime import datetime

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = "invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00"


@pytest.mark.parametrize(("words", "post", "name"), [
    ("Envíe en su representación al jefe de gabinete, don Tomás Rojas.", "jefe de gabinete", "Tomás Rojas"),
    ("que vaya en tu representación la concejala Soto", "concejala", "Soto"),
    ("en representación del alcalde irá el administrador municipal", "administrador municipal", ""),
    ("manda en tu representación al concejal Rojas xfa", "concejal", "Rojas"),
    ("eh en su representación que vaya la directora de Dideco, la señora Ximena Pérez", "directora de Dideco",
     "Ximena Pérez"),
])
def test_the_person_after_on_behalf_is_the_delegate(chat, dispatcher, words: str, post: str, name: str) -> None:
    chat(INVITATION, "sí")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "invitation.respond", preview.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "delegated", invitation.status
    assert post in invitation.delegate and invitation.delegate.endswith(name), invitation.delegate


@pytest.mark.parametrize("words", ["que vaya en tu representación la concejala Soto",
                                   "en tu representación irá el administrador municipal",
                                   "Envíe en su representación al jefe de gabinete, don Tomás Rojas."])
def test_on_behalf_never_names_the_invitation(parser, words: str) -> None:
    understanding = parser.parse(words, datetime(2026, 11, 23, 9, 0))
    assert "representaci" not in understanding.slots.get("reference", ""), understanding.slots
    assert understanding.slots.get("delegate"), understanding.slots
