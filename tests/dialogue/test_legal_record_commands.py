"""Commands about lobby and transparency records: a pronoun acts on the record in focus, and a place («la
segunda») on that item of the last list, whichever capability the words alone lean to."""

from __future__ import annotations

import pytest

from storage.legal import Audience, TransparencyRequest
from storage.models import Complaint, Event, Invitation
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de la sra Juana Pizarro por basura en el pasaje Los Aromos 1520"
INVITATION = "Llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Club de la Unión"
INMOBILIARIA = "la Inmobiliaria Los Andes pide audiencia con el alcalde por el plan regulador"
JUNTA = "la Junta de Vecinos Villa Esperanza solicita audiencia por la plaza del sector"
CIUDAD_VERDE = "la Fundación Ciudad Verde pide audiencia por las ciclovías"
CAMILA = ("llegó una solicitud de transparencia por el portal, folio MU042T0000815, de Camila Rojas, "
          "pide los contratos de recolección de basura de 2025")


def audiences(dispatcher) -> dict[str, str]:
    return {audience.applicant: audience.status for audience in stored(dispatcher, Audience)}


@pytest.mark.parametrize("command", ["recházala", "rechácela por favor", "recházala nomás"])
def test_a_pronoun_with_an_audience_request_in_focus_answers_the_request(chat, dispatcher, command) -> None:
    chat(INVITATION, "sí", COMPLAINT, "sí", INMOBILIARIA, "sí")
    preview, _ = chat(command, "sí")
    assert "Inmobiliaria Los Andes" in preview.text and "rechazada" in preview.text, preview.text
    assert audiences(dispatcher) == {"Inmobiliaria Los Andes": "rechazada"}
    assert stored(dispatcher, Complaint)[0].status == "new"
    assert stored(dispatcher, Invitation)[0].status == "pending"


@pytest.mark.parametrize("command", ["ciérrala", "ciérrela por favor", "ya, ciérrala"])
def test_a_pronoun_with_a_transparency_request_in_focus_closes_the_request(chat, dispatcher, command) -> None:
    chat(COMPLAINT, "sí", CAMILA, "sí")
    asked, preview, _ = chat(command, "entregada", "sí")
    assert "¿Cómo se respondió?" in asked.text, asked.text
    assert "MU042T0000815" in preview.text and "respondida" in preview.text, preview.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.status == "respondida"
    assert stored(dispatcher, Complaint)[0].status == "new"


@pytest.mark.parametrize("command", ["rechaza la segunda", "la 2 recházala", "rechace la segunda, por favor"])
def test_a_place_in_a_list_of_audience_requests_answers_that_item(chat, dispatcher, command) -> None:
    chat(JUNTA, "sí", CIUDAD_VERDE, "sí")
    [listed, preview, _] = chat("audiencias de lobby por responder", command, "sí")
    assert listed.text.index("Villa Esperanza") < listed.text.index("Ciudad Verde")
    assert "Ciudad Verde" in preview.text and "Villa Esperanza" not in preview.text, preview.text
    assert audiences(dispatcher) == {"Junta de Vecinos Villa Esperanza": "solicitada",
                                     "Fundación Ciudad Verde": "rechazada"}


def test_accepting_the_first_of_the_list_puts_it_on_the_agenda(chat, dispatcher) -> None:
    chat(JUNTA, "sí", CIUDAD_VERDE, "sí")
    _, preview, _ = chat("audiencias por responder", "acepta la primera el martes 24 a las 10", "sí")
    assert "Villa Esperanza" in preview.text and "10:00" in preview.text, preview.text
    assert audiences(dispatcher)["Junta de Vecinos Villa Esperanza"] == "aceptada"
    [event] = stored(dispatcher, Event)
    assert event.start_at is not None and event.start_at.astimezone(dispatcher.settings.zone).hour == 10


def test_a_place_in_a_list_of_invitations_still_answers_the_invitation(chat, dispatcher) -> None:
    chat(JUNTA, "sí", INVITATION, "sí",
         "Llegó invitación de la Cámara de Comercio al desayuno el martes 1 de diciembre a las 8", "sí")
    _, preview, _ = chat("invitaciones pendientes", "rechaza la segunda", "sí")
    assert "Cámara de Comercio" in preview.text and "declinar" in preview.text, preview.text
    assert audiences(dispatcher) == {"Junta de Vecinos Villa Esperanza": "solicitada"}
    assert {i.organizer: i.status for i in stored(dispatcher, Invitation)}["Cámara de Comercio"] == "declined"


def test_an_audience_accepted_for_tomorrow_says_so_without_a_stray_article(chat) -> None:
    chat(CIUDAD_VERDE, "sí")
    _, accepted = chat("acepta la audiencia de la Fundación Ciudad Verde para mañana a las 16", "sí")
    assert "en la agenda mañana martes 24, 16:00" in accepted.text, accepted.text
