"""Questions about where a transparency request went («¿a qué unidad se derivó?», «a quién se derivó la de
Alvarado?») answer from the record and never start a step; a step's question takes no new command as its answer."""

from __future__ import annotations

import pytest

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from tests.legal.conftest import say
from tests.legal.test_transparency_chat import requests

ALVARADO = ("llegó una solicitud de transparencia por el portal de Ximena Alvarado, pide los registros de "
            "atenciones del Cesfam 2025")
GODOY = "llegó una solicitud de transparencia por correo de Pedro Godoy, pide los contratos de aseo 2025"


@pytest.mark.parametrize("question", ["¿a qué unidad se derivó?", "a quién se derivó?", "¿A qué unidad la derivaron?",
                                      "a quien se la derivamos?", "oiga, ¿a q organismo se remitió?"])
def test_where_it_went_asked_right_after_saving_answers_and_changes_nothing(dispatcher: Dispatcher, staff: Actor,
                                                                             question: str) -> None:
    say(dispatcher, staff, GODOY, "sí")
    answer, then = say(dispatcher, staff, question, "prorroga la de Godoy")
    assert answer.pending is None and "no se ha derivado" in answer.text and "Aseo y Ornato" in answer.text
    assert then.pending is not None and "prorrogada" in then.text and "Derivada a" not in then.text
    [request] = requests(dispatcher)
    assert (request.status, request.derived_to) == ("recibida", None)


@pytest.mark.parametrize("question", ["a quién se derivó la de Alvarado?", "¿cuándo se derivó la de Alvarado?",
                                      "a q organismo derivaron lo de la sra Alvarado?",
                                      "¿a quién remitieron la de Alvarado?"])
def test_where_a_derived_request_went_is_the_body_it_was_derived_to(dispatcher: Dispatcher, staff: Actor,
                                                                     question: str) -> None:
    say(dispatcher, staff, ALVARADO, "sí", GODOY, "sí",
        "deriva la de Alvarado al Servicio de Salud Atacama", "sí")
    [answer] = say(dispatcher, staff, question)
    assert answer.pending is None and "Servicio de Salud Atacama" in answer.text and "Alvarado" in answer.text


@pytest.mark.parametrize("command", ["prorroga la de Godoy", "prorrogue la solicitud de Pedro Godoy",
                                     "dale prórroga a la de Godoy xfa"])
def test_a_new_command_is_no_answer_to_where_it_is_derived(dispatcher: Dispatcher, staff: Actor,
                                                          command: str) -> None:
    say(dispatcher, staff, ALVARADO, "sí", GODOY, "sí")
    asked, instead = say(dispatcher, staff, "deriva la de Alvarado", command)
    assert asked.pending is not None and asked.pending.slot == "body"
    assert "Derivada a" not in instead.text and "prorrogada" in instead.text and "Godoy" in instead.text


@pytest.mark.parametrize("body", ["Servicio de Salud Atacama", "a la Contraloría Regional"])
def test_the_body_answered_is_where_it_is_derived(dispatcher: Dispatcher, staff: Actor, body: str) -> None:
    say(dispatcher, staff, ALVARADO, "sí")
    _, preview, stored = say(dispatcher, staff, "deriva la de Alvarado", body, "sí")
    assert "Derivada a:" in preview.text and stored.stored
    assert requests(dispatcher)[0].status == "derivada"
