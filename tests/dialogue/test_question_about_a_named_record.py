"""A question about one record named by a lead and a few words («la de los bomberos, ¿dónde era?», «el del caballero
Quilapán cuándo vence», «lo de la junta en qué va») asks about that record, of any kind: it is neither an answer
to an invitation, nor a new record, nor a list of every record of its kind."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Invitation
from tests.dialogue.talk import stored

LIONS = "llegó invitación del Club de Leones a la once solidaria el jueves 26 a las 17 en la sede vecinal"
FAIR = "invitación de la Cámara de Turismo a la feria costumbrista el sábado 28 a las 11 en el parque municipal"
QUILAPAN = "reclamo de don Sergio Quilapán por un perro suelto en pasaje Los Aromos 12"
ROSALES = "reclamo de la señora Elvira Rosales por una luminaria apagada en calle Prat 300, fono 9 5566 7788"


@pytest.mark.parametrize(("question", "expected", "other"), [
    ("la de los leones a q hora era?", "17:00", "11:00"),
    ("y la de la cámara de turismo, ¿dónde es?", "parque municipal", "sede vecinal"),
    ("la del club de leones cuando era", "jueves 26", "sábado 28"),
    ("la de la feria q hora era", "11:00", "17:00")])
def test_a_detail_of_an_invitation_named_after_a_list(chat, dispatcher, question: str, expected: str,
                                                       other: str) -> None:
    *_, asked = chat(LIONS, "sí", FAIR, "sí", "qué invitaciones tengo", question)
    assert expected in asked.text and other not in asked.text, asked.text
    assert asked.pending is None and "acepta" not in asked.text
    assert all(invitation.status == "pending" for invitation in stored(dispatcher, Invitation))


@pytest.mark.parametrize(("question", "expected"), [
    ("el de la sra Rosales cuando vence?", "vence el"), ("el del caballero Quilapán cuándo vence", "vence el"),
    ("el de la señora Rosales q fono tiene?", "+56955667788"),
    ("el de don Sergio en que va", "Los Aromos")])
def test_a_complaint_named_by_its_resident(chat, dispatcher, question: str, expected: str) -> None:
    *_, asked = chat(QUILAPAN, "sí", ROSALES, "sí", "reclamos pendientes", question)
    resident = "Quilap" if ("Quilap" in question or "Sergio" in question) else "Rosales"
    assert expected in asked.text and resident in asked.text, asked.text
    assert "¿Cuál de estos" not in asked.text and asked.pending is None
    assert len(stored(dispatcher, Complaint)) == 2


def test_a_command_on_a_named_record_is_not_a_question(chat) -> None:
    """«la de los leones recházala» asks nothing: it stays a command on that invitation."""
    *_, asked = chat(LIONS, "sí", FAIR, "sí", "qué invitaciones tengo", "la de los leones recházala")
    assert asked.pending is not None, asked.text


@pytest.mark.parametrize("question", ["¿quedó guardado lo de la directiva?", "quedo registrada la de la directiva?",
                                      "oiga, ¿quedó anotado lo del club deportivo?",
                                      "lo de la directiva quedó guardado?"])
def test_whether_a_named_record_was_stored(chat, question: str) -> None:
    *_, asked = chat("agenda reunión con la directiva del club deportivo el viernes 27 a las 19 en la sede", "sí",
                     "agenda visita a la escuela de Pichipellahuén el martes a las 10", "sí", question)
    assert asked.text.startswith("Sí") and "19:00" in asked.text and "directiva" in asked.text, asked.text
    assert asked.pending is None


@pytest.mark.parametrize(("question", "expected"), [
    ("el de la señora Rosales cuándo vence?", "vence el"), ("la de la cámara de turismo a q hora era", "11:00"),
    ("¿quedó guardado lo de la cámara de turismo?", "Sí")])
def test_a_record_named_when_the_conversation_moved_on(chat, question: str, expected: str) -> None:
    """Named after other records were shown: the one stored whose words the question holds."""
    *_, asked = chat(ROSALES, "sí", FAIR, "sí", LIONS, "sí", "agenda de hoy", question)
    assert expected in asked.text and asked.pending is None, asked.text
