"""A stored invitation the organizer suspended is removed in words («anule la invitación de la Cámara de Comercio»,
«el almuerzo del Club de Leones se suspendió, sáquelo nomás», «borra la invitación del Liceo Industrial xfa»):
previewed, confirmed, audited and undoable; it leaves the pending list and the briefing. Words that name no invitation
remove nothing. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

CHAMBER = "llegó invitación de la Cámara de Comercio al desayuno empresarial el jueves 26 a las 8:30 en el Hotel Gavina"
LIONS = "invitación del Club de Leones al almuerzo de camaradería el viernes 27 a las 13 en su sede"
LICEO = "llega invitación del Liceo Industrial a la licenciatura de cuarto medio el sábado 28 a las 11 en el gimnasio"
COMPLAINT = "reclamo de la vecina Ana Tapia por un perro suelto en pasaje Los Pinos 12"
STORED = (CHAMBER, "sí", LIONS, "sí", LICEO, "sí")


def _live(dispatcher) -> list[str]:
    return sorted(invitation.organizer or "" for invitation in stored(dispatcher, Invitation))


@pytest.mark.parametrize(("line", "gone"), [
    ("anule la invitación de la Cámara de Comercio", "Cámara de Comercio"),
    ("el almuerzo del Club de Leones se suspendió, sáquelo nomás", "Club de Leones"),
    ("borra la invitación del Liceo Industrial xfa", "Liceo Industrial"),
    ("la invitación del liceo quedó sin efecto, quítala", "Liceo Industrial"),
])
def test_the_invitation_named_is_removed(chat, dispatcher, line: str, gone: str) -> None:
    *_, preview, removed = chat(*STORED, COMPLAINT, "sí", line, "sí")
    assert "Quitar la invitación" in preview.text and preview.pending is not None, preview.text
    assert "quitada" in removed.text, removed.text
    assert gone not in _live(dispatcher) and len(_live(dispatcher)) == 2


def test_it_leaves_the_pending_list_and_the_briefing_and_undo_brings_it_back(chat, dispatcher) -> None:
    *_, pending, briefing, undone, again = chat(*STORED, "anule la invitación de la Cámara de Comercio", "sí",
                                                "invitaciones pendientes", "resumen del día", "deshacer",
                                                "invitaciones pendientes")
    for reply in (pending, briefing):
        assert "Cámara" not in reply.text and "Leones" in reply.text, reply.text
    assert "Deshecho" in undone.text, undone.text
    assert "Cámara" in again.text, again.text
    assert "Cámara de Comercio" in _live(dispatcher)


def test_a_removal_said_right_after_storing_it_is_that_invitation(chat, dispatcher) -> None:
    *_, preview, _ = chat(CHAMBER, "sí", LIONS, "sí", "se suspendió, elimínela", "sí")
    assert "Club de Leones" in preview.text, preview.text
    assert _live(dispatcher) == ["Cámara de Comercio"]


def test_words_that_name_no_invitation_remove_nothing(chat, dispatcher) -> None:
    *_, reply = chat(CHAMBER, "sí", LIONS, "sí", "anula la invitación de la Junta de Vecinos Villa Sur")
    assert "Quitar" not in reply.text, reply.text
    assert len(_live(dispatcher)) == 2
