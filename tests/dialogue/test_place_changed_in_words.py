"""A change of place told of the activity or invitation in focus without naming it («pasa a ser en el gimnasio», «al
final es en la plaza de armas», «se cambia para el gimnasio municipal», «pasa a ser en Angol, en el gimnasio»)
proposes that record's new place; «para» leads a place only when a noun of a place follows."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la junta de vecinos el jueves a las 10 en la sede"
INVITATION = ("llegó invitación de la Junta de Vecinos Los Copihues al aniversario de la junta el sábado 28 a las 19 "
              "en la sede social")


@pytest.mark.parametrize(("change", "place"), [
    ("pasa a ser en el gimnasio", "gimnasio"),
    ("al final es en la plaza de armas", "plaza de armas"),
    ("se cambia para el gimnasio municipal", "gimnasio municipal"),
    ("oiga, la pasaron para el salón auditorio", "salón auditorio"),
    ("pasa a ser en Angol, en el gimnasio", "gimnasio, Angol"),
])
def test_the_place_of_an_activity_just_stored(chat, dispatcher, change: str, place: str) -> None:
    chat(MEETING, "sí")
    [proposal] = chat(change)
    assert f"Lugar: {place} (antes: sede)" in proposal.text, proposal.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.place == place, event.place


@pytest.mark.parametrize(("change", "place"), [
    ("al final es en la plaza de armas", "plaza de armas"),
    ("se cambió para el gimnasio municipal", "gimnasio municipal"),
    ("pasa a ser en el gimnasio", "gimnasio"),
    ("ahora pasa a ser en Angol, en el gimnasio municipal", "gimnasio municipal, Angol"),
])
def test_the_place_of_an_invitation_just_stored(chat, dispatcher, change: str, place: str) -> None:
    chat(INVITATION, "sí")
    [proposal] = chat(change)
    assert f"Lugar: {place} (antes: sede social)" in proposal.text, proposal.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == place, invitation.place


def test_for_whom_is_no_place(chat) -> None:
    chat(MEETING)
    [proposal] = chat("y que sea para el alcalde y el concejo")
    assert "Lugar: alcalde" not in proposal.text, proposal.text


@pytest.mark.parametrize(("change", "place"), [
    ("pasa a ser en el gimnasio", "gimnasio"),
    ("al final es en la plaza de armas", "plaza de armas"),
    ("se cambia para el salón auditorio", "salón auditorio"),
    ("pasa a ser en Angol, en el gimnasio municipal", "gimnasio municipal, Angol"),
])
def test_the_place_of_a_proposal_waiting(chat, change: str, place: str) -> None:
    chat(MEETING)
    [proposal] = chat(change)
    assert f"Lugar: {place}" in proposal.text and "jueves 26" in proposal.text, proposal.text
