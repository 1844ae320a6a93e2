"""Who goes on the mayor's behalf, said before «en representación del alcalde» at the end of the message («a la misa
de la parroquia va el concejal Muñoz en representación del alcalde»), is the delegate, not «alcalde»."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

MASS = "invitación de la parroquia San José a la misa de acción de gracias el domingo 29 a las 11 en el templo"


@pytest.mark.parametrize("line", [
    "a la misa de la parroquia va el concejal Muñoz en representación del alcalde",
    "a la misa va el concejal Muñoz en representacion del alcalde",
    "A la misa de acción de gracias asistirá el concejal Muñoz en representación de la alcaldesa",
])
def test_the_person_named_before_on_behalf_of_the_mayor_is_the_delegate(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(MASS, "sí", line, "sí")
    assert "Muñoz" in proposed.text, proposed.text
    [invitation] = stored(dispatcher, Invitation)
    assert (invitation.status, invitation.delegate) == ("delegated", "concejal Muñoz"), saved.text
