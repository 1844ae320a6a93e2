"""A guest invited with a courtesy word between the verb and the guest («invita xfa a la concejala …», «invite, por
favor, a la diputada …»): the courtesy is no guest and does not hide the one named; the guest is previewed, stored
after «sí» and undoable. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest
from tests.dialogue.talk import stored

CEREMONY = "ceremonia de aniversario de la comuna el sábado 28 a las 11 en el Teatro Municipal"


@pytest.mark.parametrize("line", [
    "invita xfa a la concejala Ana Rojas a la ceremonia de aniversario",
    "Invite, por favor, a la concejala Ana Rojas al aniversario de la comuna",
    "invitemos porfa a la concejala Ana Rojas",
    "invitá porfis a la concejala ana rojas a la ceremonia",
])
def test_the_guest_after_the_courtesy_is_invited(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat(CEREMONY, "sí", line, "sí")
    assert "Ana Rojas (concejala)" in preview.text or "ana rojas (concejala)" in preview.text, preview.text
    assert [guest.name.lower() for guest in stored(dispatcher, CeremonyGuest)] == ["ana rojas"]
    chat("deshacer")
    assert stored(dispatcher, CeremonyGuest) == []
