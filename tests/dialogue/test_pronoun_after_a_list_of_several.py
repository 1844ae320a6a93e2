"""A bare pronoun right after a list of several records («ese, derívalo», «acéptala») could mean any listed one: the
bot asks which, listing them, instead of acting on the record stored before the list; a listed one is then picked."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Invitation, InvitationStatus
from tests.dialogue.talk import stored

COMPLAINTS = ("reclamo del vecino Sergio Alarcón por un poste inclinado en pasaje Los Copihues 17", "sí",
              "reclamo de la señora Norma Alarcón por basura acumulada en la feria de calle Bulnes", "sí",
              "reclamo de don Iván Fuentes por un perro abandonado en la plaza de Yungay", "sí",
              "reclamos de Alarcón")


@pytest.mark.parametrize("pronoun", ["ese derívalo a obras", "derívalo a obras por favor"])
def test_a_pronoun_after_two_complaints_asks_which(chat, dispatcher, pronoun) -> None:
    *_, asked, proposal, done = chat(*COMPLAINTS, pronoun, "el segundo", "sí")
    assert "¿Cuál" in asked.text and "Alarcón" in asked.text and "Fuentes" not in asked.text, asked.text
    assert "Obras" in proposal.text, proposal.text
    moved = [c.citizen for c in stored(dispatcher, Complaint) if c.department == "obras"]
    assert len(moved) == 1 and "Alarcón" in moved[0], (done.text, moved)


def test_a_pronoun_after_two_invitations_asks_which(chat, dispatcher) -> None:
    *_, asked = chat("llegó invitación de la Cruz Roja al bingo solidario el viernes 27 a las 19 en la sede", "sí",
                     "invitación del Liceo Técnico a la licenciatura el sábado 28 a las 11 en el gimnasio", "sí",
                     "invitaciones pendientes", "recházala")
    assert "¿Cuál" in asked.text and "Cruz Roja" in asked.text and "Liceo" in asked.text, asked.text
    assert all(i.status == InvitationStatus.PENDING for i in stored(dispatcher, Invitation))


def test_a_pronoun_after_picking_one_of_the_list_is_that_one(chat, dispatcher) -> None:
    *_, proposal = chat(*COMPLAINTS, "el primero", "derívalo a obras")
    assert "Norma Alarcón" in proposal.text or "Bulnes" in proposal.text, proposal.text
