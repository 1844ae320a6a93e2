"""A bare answer verb («entréguela», «ya se entregó», «contéstela») right after a transparency request was stored
or shown is about that request: delivered, previewed and stored after «sí»; one that does not say how it was
answered («respóndala») asks how, about that request."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

REGISTER = ("ingresó por el portal una solicitud de transparencia de doña Carmen Fuentes, pide las horas extra "
            "pagadas en el Departamento de Salud en 2025")


@pytest.mark.parametrize("delivered", ["entréguela", "ya se entregó", "Entréguesela nomás", "ya la entregamos",
                                       "se le entregó"])
def test_a_delivery_said_alone_delivers_the_request_just_stored(chat, dispatcher, delivered) -> None:
    chat(REGISTER, "sí")
    preview, done = chat(delivered, "sí")
    assert "Carmen Fuentes" in preview.text and "entregada" in preview.text, preview.text
    assert done.stored, done.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.status, request.outcome) == ("respondida", "entregada")


@pytest.mark.parametrize("delivered", ["entréguela", "ya se entregó"])
def test_a_delivery_said_alone_delivers_the_request_just_shown(chat, dispatcher, delivered) -> None:
    chat(REGISTER, "sí", "guarde la solicitud de transparencia de don Ramón Tapia, pide el plan regulador vigente",
         "sí")
    shown, preview, _ = chat("¿en qué va la solicitud de Carmen Fuentes?", delivered, "sí")
    assert "Carmen Fuentes" in shown.text
    assert "Carmen Fuentes" in preview.text and "entregada" in preview.text, preview.text
    outcomes = {r.requester: r.outcome for r in stored(dispatcher, TransparencyRequest)}
    assert outcomes == {"Carmen Fuentes": "entregada", "Ramón Tapia": None}


@pytest.mark.parametrize("answer", ["respóndala", "contéstela", "respóndala por favor"])
def test_an_answer_said_alone_asks_how_it_was_answered(chat, dispatcher, answer) -> None:
    chat(REGISTER, "sí")
    asked, preview, _ = chat(answer, "entregada", "sí")
    assert "Carmen Fuentes" in asked.text and "¿Cómo se respondió?" in asked.text, asked.text
    assert "entregada" in preview.text
    assert stored(dispatcher, TransparencyRequest)[0].outcome == "entregada"
