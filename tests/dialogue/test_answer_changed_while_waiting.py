"""An invitation's answer changed while its preview waits: a new answer for the same invitation replaces the one
waiting (its own preview, to confirm), and «que no, que va el concejal X» / «no puede, va la concejala X» is a
delegation to that person; «que va el alcalde» is no delegation. An answer for another invitation sets the first
aside, as any other request does."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

JUNTA = ("llegó invitación de la junta de vecinos Villa Los Ríos a su aniversario el sábado 28 de noviembre a las "
         "18:00 en la sede")
CLUB = "invitación del Club Deportivo Unión a la final del campeonato el domingo 29 a las 16 en el estadio"


def _invitation(dispatcher, organizer_word: str) -> Invitation:
    return next(i for i in stored(dispatcher, Invitation) if organizer_word in (i.organizer or ""))


@pytest.mark.parametrize(("change", "delegate"), [
    ("la de la junta de vecinos mejor dígale que no, que va el concejal Rivas", "concejal Rivas"),
    ("No, mejor dile q no puede, va la concejala Ana Soto", "concejala Ana Soto"),
    ("Disculpe, a la de la junta respóndale que el alcalde no podrá asistir; irá en cambio el concejal Rivas",
     "concejal Rivas"),
])
def test_a_new_answer_for_the_same_invitation_replaces_the_waiting_one(chat, dispatcher, change: str,
                                                                       delegate: str) -> None:
    chat(JUNTA, "sí", CLUB, "sí")
    first, = chat("a la de la junta de vecinos dígale que sí")
    assert "aceptar" in first.text, first.text
    replaced, saved = chat(change, "sí")
    assert "delegar en" in replaced.text and delegate in replaced.text, replaced.text
    assert "espera" not in replaced.text, replaced.text
    junta = _invitation(dispatcher, "junta")
    assert (junta.status, junta.delegate) == ("delegated", delegate), saved.text
    assert _invitation(dispatcher, "Club").status == "pending"


def test_a_new_no_without_a_name_replaces_the_yes_waiting(chat, dispatcher) -> None:
    chat(JUNTA, "sí", CLUB, "sí", "a la del club dile que sí")
    replaced, _ = chat("no, mejor que no puede", "sí")
    assert "declinar" in replaced.text, replaced.text
    assert _invitation(dispatcher, "Club").status == "declined"


def test_the_mayor_going_is_no_delegation(parser) -> None:
    from datetime import datetime
    slots = parser.parse("a lo del club dígales que sí, que va el alcalde", datetime(2026, 11, 23, 9)).slots
    assert slots.get("response") == "accepted" and not slots.get("delegate"), slots


def test_an_answer_for_another_invitation_sets_the_first_aside(chat, dispatcher) -> None:
    chat(JUNTA, "sí", CLUB, "sí", "a la de la junta de vecinos dígale que sí")
    other, = chat("la del club dígale que no")
    assert "espera" in other.text and "declinar" in other.text, other.text
