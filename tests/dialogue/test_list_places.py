"""«la del medio», «la 2da», «la penúltima», «the second one» right after a list: one word list of places
(`list_places` in the lexicon) picks the item, in a command and alone."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.dialogue.talk import stored

THREE = ("llegó invitación del Rotary a la cena aniversario el sábado 28 a las 20", "sí",
         "llegó invitación de la Cámara a la cena de gala el viernes 27 a las 21", "sí",
         "llegó invitación de los Bomberos a un almuerzo en Quilicura el jueves 26 a las 13", "sí")
"""Listed by date: the Bomberos lunch first, the Cámara dinner second, the Rotary dinner last."""


@pytest.mark.parametrize("command", ["acepta la del medio", "q sea la del medio xfa, acéptala",
                                     "the second one, acéptala", "acepta la 2da porfa",
                                     "la penúltima, aceptala"])
def test_a_place_in_the_list_picks_its_item(chat, dispatcher, command: str) -> None:
    *_, preview, _ = chat(*THREE, "invitaciones pendientes", command, "sí")
    assert "Cámara" in preview.text and "Rotary" not in preview.text, preview.text
    accepted = [invitation.organizer for invitation in stored(dispatcher, Invitation)
                if invitation.status == InvitationStatus.ACCEPTED]
    assert accepted == ["Cámara"]


@pytest.mark.parametrize("answer", ["the second one", "la del medio", "la segunda", "the second one please"])
def test_a_place_alone_shows_that_item(chat, answer: str) -> None:
    *_, shown = chat(*THREE, "invitaciones pendientes", answer)
    assert "Cámara" in shown.text and "Bomberos" not in shown.text, shown.text


@pytest.mark.parametrize("answer", ["the first one", "la primera"])
def test_the_first_one_is_the_first_line(chat, answer: str) -> None:
    *_, shown = chat(*THREE, "invitaciones pendientes", answer)
    assert "Bomberos" in shown.text and "Cámara" not in shown.text, shown.text


def test_the_middle_of_an_even_list_picks_nothing(chat) -> None:
    *_, shown = chat(*THREE[:2], *THREE[4:], "invitaciones pendientes", "la del medio")
    assert "Cámara" not in shown.text or "Bomberos" in shown.text, shown.text
