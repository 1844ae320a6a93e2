"""A question about how a record stands («¿va el alcalde a la cena?») shows its state and proposes nothing; the
same words said as an order still answer it."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

INVITATION = ("llegó invitación de la Cámara de Comercio de Osorno a la cena anual el viernes 27 a las 20:30 "
              "en el Club Alemán")


@pytest.mark.parametrize("question", ["va el alcalde a la cena?", "¿y va la alcaldesa a la cena de la cámara?",
                                      "¿se rechazó la invitación de la cámara?"])
def test_a_question_about_an_invitation_shows_its_answer_and_changes_nothing(chat, dispatcher, question) -> None:
    _, _, shown = chat(INVITATION, "sí", question)
    assert "aún sin responder" in shown.text and shown.pending is None, shown.text
    assert [invitation.status for invitation in stored(dispatcher, Invitation)] == ["pending"]


def test_after_accepting_the_same_question_says_the_mayor_goes(chat) -> None:
    *_, shown = chat(INVITATION, "sí", "acéptala", "sí", "¿al final va el alcalde a la cena?")
    assert "aceptada, va el alcalde" in shown.text, shown.text


def test_said_as_an_order_it_still_answers_the_invitation(chat) -> None:
    *_, preview = chat(INVITATION, "sí", "va el alcalde a la cena")
    assert preview.pending is not None and preview.pending.intent == "invitation.respond", preview.text
