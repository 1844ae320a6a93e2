"""While the bot asks for a field of a legal request, an answer that tells it in a sentence («la pide don Tomás Vidal,
de la empresa …», «es de la Constructora Andes», «la pidió la señora Rosa Muñoz») is the answer, though its words
alone read as a new complaint; a bare «sí» there says what is still missing."""

from __future__ import annotations

import pytest

from storage.legal import Audience, TransparencyRequest
from tests.dialogue.talk import stored


@pytest.mark.parametrize("yes", ["sí", "ok", "si po"])
def test_a_bare_yes_while_the_applicant_is_missing_says_what_is_missing(chat, dispatcher, yes) -> None:
    _, reply = chat("pide audiencia con el alcalde por el plan regulador", yes)
    assert "falta" in reply.text and "¿Quién pide la audiencia?" in reply.text, reply.text
    assert stored(dispatcher, Audience) == []


@pytest.mark.parametrize(("answer", "applicant"), [
    ("la pide don Tomás Vidal, de la empresa Vidal Ltda", "Tomás Vidal"),
    ("es de la Constructora Andes", "Constructora Andes"),
    ("de parte de la Junta de Vecinos Villa Sur", "Junta de Vecinos Villa Sur"),
    ("la pidió la sra. Marta Gómez", "Marta Gómez"),
])
def test_who_asks_told_in_a_sentence_answers_the_question(chat, dispatcher, answer, applicant) -> None:
    asked, preview, _ = chat("solicitan audiencia con la alcaldesa para tratar la ciclovía de avenida Matta", answer,
                             "sí")
    assert "¿Quién pide la audiencia?" in asked.text
    assert f"Solicita: {applicant}" in preview.text, preview.text
    assert [audience.applicant for audience in stored(dispatcher, Audience)] == [applicant]


def test_the_requester_told_in_a_sentence_answers_the_question(chat, dispatcher) -> None:
    chat("llegó solicitud de transparencia por el portal folio MU042T0000815, pide los contratos de aseo",
         "la pidió la señora Rosa Muñoz", "sí")
    assert [request.requester for request in stored(dispatcher, TransparencyRequest)] == ["Rosa Muñoz"]
