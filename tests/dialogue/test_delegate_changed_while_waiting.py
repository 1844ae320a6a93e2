"""Another delegate said while «delegar en X» waits for its «sí»: «mejor que asista la administradora, señora Carla
Soto», «mmm no, mejor que acuda la concejala Ana Ruiz». The answer stays a delegation, to the new person; it never
turns into «aceptar» (the mayor going) because «asista» is also a verb of accepting."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = ("Se recibió invitación del Liceo Bicentenario de Curacaví a la ceremonia de aniversario, el jueves 26 a "
              "las 11:30 en el gimnasio del liceo.")
DELEGATED = "El alcalde no podrá asistir; que vaya en su representación el concejal Rodrigo Vera."


@pytest.mark.parametrize(("change", "who"), [
    ("Disculpe, mejor que asista la administradora municipal, señora Carla Soto.", "Carla Soto"),
    ("mmm no, mejor que acuda la concejala Ana Ruiz", "Ana Ruiz"),
    ("no, que vaya mejor don Pedro Lagos", "Pedro Lagos"),
    ("perdón, mejor que la represente la concejala Ana Ruiz", "Ana Ruiz"),
    ("no po, que concurra entonces el director de Dideco", "director de Dideco"),
])
def test_the_new_delegate_replaces_the_one_waiting(chat, dispatcher, change, who) -> None:
    *_, preview, saved = chat(INVITATION, "sí", DELEGATED, change, "Sí, confírmelo.")
    assert "delegar en" in preview.text and who in preview.text, preview.text
    assert "Vera" not in preview.text and "aceptar" not in preview.text, preview.text
    assert saved.stored and who in saved.text, saved.text
    [invitation] = stored(dispatcher, Invitation)
    assert who in invitation.delegate and "Vera" not in invitation.delegate


@pytest.mark.parametrize("answer", ["acepta la del liceo, que asista el alcalde", "que asista el alcalde nomás"])
def test_the_mayor_attending_is_still_an_acceptance(chat, answer) -> None:
    *_, preview = chat(INVITATION, "sí", answer)
    assert "aceptar" in preview.text and "delegar" not in preview.text, preview.text
