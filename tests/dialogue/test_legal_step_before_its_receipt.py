"""A transparency request answered, delivered or closed on a day before it was received («se entregó la información
el 20 de noviembre» of a request received the 23rd), or a lobby audience held before it was requested, cannot be:
the reply says so in Spanish, proposes nothing and changes nothing."""

from __future__ import annotations

import pytest

from storage.legal import Audience, AudienceStatus, TransparencyRequest
from tests.dialogue.talk import stored

ROSA = "llegó solicitud de transparencia de doña Rosa Muñoz q pide las actas del concejo"
ANDES = "la Constructora Andes pide audiencia con el alcalde por el plan regulador"


@pytest.mark.parametrize("told", [
    "se entregó la información el 20 de noviembre",
    "se respondió el viernes 20 de noviembre, entregada",
    "Se respondió el 18 de noviembre: entregada.",
    "la respuesta salio el 19 de noviembre, entregada",
])
def test_an_answer_dated_before_the_receipt_is_refused(chat, dispatcher, told: str) -> None:
    *_, refused = chat(ROSA, "sí", told)
    assert "antes de que se recibiera" in refused.text and "No cambié nada" in refused.text, refused.text
    assert refused.pending is None
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.status, request.closed_on) == ("recibida", None)


def test_an_answer_on_the_receipt_day_is_proposed(chat, dispatcher) -> None:
    *_, preview = chat(ROSA, "sí", "se entregó la información hoy")
    assert preview.pending is not None and "respondida" in preview.text, preview.text


@pytest.mark.parametrize("told", [
    "la audiencia de la Constructora Andes se realizó el 20 de noviembre, presencial, 30 minutos, asistieron Ana Soto",
    "se realizó la audiencia de Constructora Andes el viernes 20 de noviembre, por videoconferencia, 45 minutos, "
    "asistieron Ana Soto y Luis Pérez",
])
def test_an_audience_held_before_it_was_requested_is_refused(chat, dispatcher, told: str) -> None:
    *_, refused = chat(ANDES, "sí", told)
    assert "antes de que se recibiera" in refused.text and "No cambié nada" in refused.text, refused.text
    assert refused.pending is None
    assert stored(dispatcher, Audience)[0].status == AudienceStatus.REQUESTED
