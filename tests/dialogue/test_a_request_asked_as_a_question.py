"""A request phrased as a question («¿me anotas un reclamo de …?», «¿me registrái una invitación …?»): the question
mark asks a favour, so the record is proposed (and stored after «sí»), never looked up."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Invitation
from tests.dialogue.talk import stored


@pytest.mark.parametrize("line", [
    "¿me anotas un reclamo de la vecina Marta Soto por un bache en Los Aromos 123?",
    "¿Me podría registrar un reclamo por una luminaria apagada en pasaje El Roble 312?",
    "¿le ingresái un reclamo a don Luis Araya x basura en la plaza?",
    "me anotai un reclamo por perros sueltos en villa los aromos?",
])
def test_a_complaint_asked_for_is_proposed(chat, dispatcher, line: str) -> None:
    proposed, _ = chat(line, "sí")
    assert proposed.text.startswith("Nuevo reclamo"), proposed.text
    assert len(stored(dispatcher, Complaint)) == 1


@pytest.mark.parametrize("line", [
    "¿me registrái una invitación del Rotary a la cena aniversario el viernes 27 a las 20?",
    "¿Podría registrar la invitación de la Seremi de Salud al seminario del martes 24 a las 9?",
    "¿me anotas la invitación del club de rayuela pal sábado 28 a las 12?",
])
def test_an_invitation_asked_for_is_proposed(chat, dispatcher, line: str) -> None:
    proposed, _ = chat(line, "sí")
    assert proposed.text.startswith("Registrar invitación"), proposed.text
    assert len(stored(dispatcher, Invitation)) == 1
