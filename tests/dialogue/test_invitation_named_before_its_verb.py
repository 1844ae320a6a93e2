"""An invitation named by whose it is before the verb that carries it as a pronoun («…, la de los huasos
recházala») is that one, not the one in focus, whatever reason follows; a name that finds none is asked about,
never taken as the one in focus. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

RODEO = "invitación del club de huasos Los Aperos a la trilla a yegua suelta el sábado 28 a las 11 en la medialuna"
SCHOOL = "llegó invitación de la escuela Los Copihues a la licenciatura de cuarto medio el viernes 27 a las 18"


def _statuses(dispatcher) -> dict[int, str]:
    return {invitation.id: invitation.status for invitation in stored(dispatcher, Invitation)}


@pytest.mark.parametrize("line", [
    "El alcalde no puede ir, la de los huasos recházala",
    "y la de los huasos, recházala, ese día tiene concejo",
    "oye la del club de huasos la rechazas? tiene concejo",
    "la de los huasos declínala porque ese día tiene concejo",
    "La del club de huasos, declínela por favor: el alcalde estará en Santiago.",
])
def test_the_invitation_named_first_is_answered_not_the_one_in_focus(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(RODEO, "sí", SCHOOL, "sí", line, "sí")
    assert "N° 1" in proposed.text and "N° 2" not in proposed.text, proposed.text
    assert _statuses(dispatcher) == {1: "declined", 2: "pending"}, saved.text


@pytest.mark.parametrize("line", [
    "la de los bomberos recházala",
    "La de la Cámara de Comercio, rechácela por favor, ese día hay concejo.",
])
def test_a_name_that_finds_no_invitation_asks_instead_of_answering_the_one_in_focus(chat, dispatcher,
                                                                                   line: str) -> None:
    *_, reply = chat(RODEO, "sí", SCHOOL, "sí", line)
    assert "No encontré" in reply.text, reply.text
    assert reply.pending is None or "declin" not in reply.text.lower()
    assert _statuses(dispatcher) == {1: "pending", 2: "pending"}


def test_a_reason_with_the_pronoun_still_answers_the_one_in_focus(chat, dispatcher) -> None:
    *_, proposed, _saved = chat(RODEO, "sí", SCHOOL, "sí", "ese día tiene concejo, recházala", "sí")
    assert "N° 2" in proposed.text, proposed.text
    assert _statuses(dispatcher) == {1: "pending", 2: "declined"}


@pytest.mark.parametrize("line", [
    "la de la armada confírmala",
    "La de la Armada, acéptela por favor.",
])
def test_an_institution_named_like_a_participle_is_a_name_not_a_verb(chat, dispatcher, line: str) -> None:
    """«la armada» is the Navy, not «armar» carrying the record: the invitation it names is answered."""
    navy = "llegó una invitación de la Armada a la ceremonia de cambio de mando el jueves 3 a las 10:30"
    *_, proposed, _saved = chat(RODEO, "sí", navy, "sí", line, "sí")
    assert "N° 2" in proposed.text and "N° 1" not in proposed.text, proposed.text
    assert _statuses(dispatcher) == {1: "pending", 2: "accepted"}


@pytest.mark.parametrize(("line", "delegate"), [
    ("a lo de los huasos va el administrador", "administrador"),
    ("a la trilla de los huasos asiste la jefa de gabinete", "jefa de gabinete"),
])
def test_someone_else_going_delegates_the_invitation_named(chat, dispatcher, line: str, delegate: str) -> None:
    *_, proposed, _saved = chat(RODEO, "sí", SCHOOL, "sí", line, "sí")
    assert "N° 1" in proposed.text and delegate in proposed.text, proposed.text
    invitation = next(i for i in stored(dispatcher, Invitation) if i.id == 1)
    assert (invitation.status, invitation.delegate) == ("delegated", delegate)
