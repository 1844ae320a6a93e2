"""One detail asked of a transparency request, a lobby audience request or an efeméride («¿cuándo vence la
solicitud de Juan Pérez?», «¿a qué unidad se derivó la de Juan Pérez?», «¿en qué va la audiencia de Constructora
Andes?», «¿cuándo es el aniversario del liceo?») is answered in one line, as a detail of any other record is: not the
whole record with its history, nor a list of every efeméride of the month."""

from __future__ import annotations

import pytest

JUAN = "llegó solicitud de transparencia de Juan Pérez q pide las actas del concejo"
ANDES = "la Constructora Andes pide audiencia con el alcalde por el plan regulador"
LICEO = "efeméride: aniversario del liceo A-15 el 14 de marzo"
BOMBERO = "agrega efeméride 30 de junio Día del Bombero"
OTHER = "reunión con la junta de vecinos Villa Sur el viernes a las 18"


@pytest.fixture
def office(chat) -> None:
    chat(BOMBERO, "sí", JUAN, "sí", "asígnala a jurídica", "sí", ANDES, "sí", LICEO, "sí", OTHER, "sí")


def _one_line(reply) -> str:
    assert reply.pending is None and len(reply.text.splitlines()) == 1, reply.text
    return reply.text


@pytest.mark.parametrize(("question", "expected"), [
    ("¿cuándo vence la solicitud de Juan Pérez?", "vence el martes 22 de diciembre"),
    ("oiga, ¿cuándo vence la solicitud de transparencia de don Juan Pérez?", "vence el martes 22 de diciembre"),
    ("¿a qué unidad se derivó la de Juan Pérez?", "Asesoría Jurídica"),
    ("a q unidad se derivó la de Juan Pérez", "Asesoría Jurídica"),
    ("¿En qué estado está la solicitud de Juan Pérez?", "recibida"),
])
def test_a_detail_of_a_transparency_request(chat, office, question: str, expected: str) -> None:
    [reply] = chat(question)
    assert expected in _one_line(reply) and "Juan Pérez" in reply.text, reply.text


@pytest.mark.parametrize("question", ["q unidad tiene la de Pérez?", "¿qué unidad ve la solicitud de Juan Pérez?",
                                      "¿Qué unidad está viendo la solicitud de transparencia de don Juan Pérez?",
                                      "q depto tiene la solicitud de juan perez xfa"])
def test_which_unit_handles_a_transparency_request(chat, office, question: str) -> None:
    [reply] = chat(question)
    assert "Asesoría Jurídica" in _one_line(reply) and "Juan Pérez" in reply.text, reply.text


@pytest.mark.parametrize("question", ["¿qué reuniones tiene el alcalde esta semana?", "q tiene el alcalde el viernes?"])
def test_what_the_mayor_has_is_still_his_agenda(chat, office, question: str) -> None:
    [reply] = chat(question)
    assert "junta de vecinos Villa Sur" in reply.text and "Jurídica" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["¿en qué va la audiencia de Constructora Andes?",
                                      "¿en qué está la audiencia de la Constructora Andes?",
                                      "y la audiencia de Constructora Andes en q va"])
def test_how_an_audience_request_stands(chat, office, question: str) -> None:
    [reply] = chat(question)
    assert "solicitada" in _one_line(reply) and "Constructora Andes" in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    ("¿cuándo es el aniversario del liceo?", "14 de marzo"),
    ("q dia es el aniversario del liceo A-15", "14 de marzo"),
    ("¿qué día cae el día del bombero?", "30 de junio"),
    ("¿Cuándo se celebra el Día del Bombero?", "30 de junio"),
])
def test_the_day_of_an_efemeride(chat, office, question: str, expected: str) -> None:
    [reply] = chat(question)
    assert expected in _one_line(reply), reply.text
