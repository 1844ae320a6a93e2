"""How long the office has to answer a stored audience request or transparency request, asked in words of its own:
named by whom it is answered to («¿hasta cuándo tenemos para responderle a la inmobiliaria?»), by the register and
its applicant («¿qué plazo tenemos con la audiencia de …?»), or pointed at once in focus («y esa, ¿para cuándo hay
que contestarla?»). The answer is its due day with the working days left, never «No entendí» nor a step on it."""

from __future__ import annotations

import pytest

ROBLES = "la Inmobiliaria Los Robles pide audiencia con el alcalde por el plan regulador"
JUAN = "llegó solicitud de transparencia de Juan Pérez q pide las actas del concejo"


def _due_line(reply, due: str, name: str) -> None:
    assert reply.pending is None and len(reply.text.splitlines()) == 1, reply.text
    assert due in reply.text and "días hábiles" in reply.text and name in reply.text, reply.text


@pytest.mark.parametrize("question", ["¿hasta cuándo tenemos para responderle a la inmobiliaria?",
                                      "oiga, pa cuándo hay q contestarle a la inmobiliaria?",
                                      "¿qué plazo tenemos con la audiencia de la Inmobiliaria Los Robles?",
                                      "hasta cuándo tenís pa responderle a los Robles"])
def test_an_audience_request_s_deadline_by_its_name(chat, question: str) -> None:
    chat(ROBLES, "sí", JUAN, "sí")
    [reply] = chat(question)
    _due_line(reply, "jueves 26", "Inmobiliaria Los Robles")


@pytest.mark.parametrize("question", ["¿cuándo vence la solicitud de transparencia de Pérez?",
                                      "¿hasta cuándo tenemos para responderle a Pérez?",
                                      "disculpe, ¿para cuándo hay que contestarle a don Juan Pérez?"])
def test_a_transparency_request_s_deadline_by_its_name(chat, question: str) -> None:
    chat(JUAN, "sí", ROBLES, "sí")
    [reply] = chat(question)
    _due_line(reply, "martes 22 de diciembre", "Juan Pérez")


@pytest.mark.parametrize(("told", "due", "name"), [(ROBLES, "jueves 26", "Inmobiliaria Los Robles"),
                                                   (JUAN, "martes 22 de diciembre", "Juan Pérez")])
@pytest.mark.parametrize("question", ["y esa, ¿para cuándo hay que contestarla?", "esa pa cuándo hay q responderla?",
                                      "y esta, ¿hasta cuándo tenemos para responder?"])
def test_the_one_in_focus_pointed_at(chat, told: str, due: str, name: str, question: str) -> None:
    chat(told, "sí")
    [reply] = chat(question)
    _due_line(reply, due, name)
