"""Follow-ups on the transparency request just stored, in words: the unit that answers it («la debe responder
Secretaría Municipal», «que la vea la DOM», «corresponde a la Dirección de Obras», «asígnala a jurídica») and an
answer told as done («ya se respondió»), each previewed, confirmed, audited and undone."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from storage.models import Complaint
from tests.dialogue.talk import stored

ROSA = "llegó solicitud de transparencia de dona Rosa Muñoz q pide las actas del concejo"


@pytest.mark.parametrize(("command", "unit", "code"), [
    ("la debe responder Secretaría Municipal", "Secretaría Municipal", "secretaria_municipal"),
    ("q la vea la DOM porfa", "Dirección de Obras Municipales", "obras"),
    ("Corresponde a la Dirección de Obras", "Dirección de Obras Municipales", "obras"),
    ("asígnala a jurídica", "Asesoría Jurídica", "juridica"),
    ("le toca a jurídica", "Asesoría Jurídica", "juridica"),
    ("Asígnela a Gestión de Personas", "Gestión y Desarrollo de Personas", "gestion_personas"),
    ("asignémosla a la Secretaría Municipal", "Secretaría Municipal", "secretaria_municipal"),
])
def test_the_unit_told_of_the_request_in_focus_is_assigned_and_undone(chat, dispatcher, command, unit,
                                                                      code) -> None:
    chat(ROSA, "sí")
    preview, saved = chat(command, "sí")
    assert "Rosa Muñoz" in preview.text and f"Unidad que responde: sin asignar → {unit}" in preview.text, preview.text
    assert unit in saved.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.department, request.status) == (code, "recibida")
    chat("deshacer")
    assert stored(dispatcher, TransparencyRequest)[0].department is None


def test_a_unit_told_with_a_complaint_in_focus_still_moves_the_complaint(chat, dispatcher) -> None:
    chat("reclamo de la sra Juana Pizarro por un hoyo en la vereda de pasaje Los Aromos 1520", "sí")
    preview, _ = chat("corresponde a obras", "sí")
    assert "R-2026-0001" in preview.text, preview.text
    assert stored(dispatcher, Complaint)[0].department == "obras"


def test_a_unit_assigned_with_a_complaint_in_focus_moves_the_complaint(chat, dispatcher) -> None:
    chat("reclamo de la sra Juana Pizarro por un hoyo en la vereda de pasaje Los Aromos 1520", "sí")
    preview, _ = chat("asígnelo a obras", "sí")
    assert "R-2026-0001" in preview.text, preview.text
    assert stored(dispatcher, Complaint)[0].department == "obras"


def test_an_answer_told_as_done_asks_how_and_closes_the_request(chat, dispatcher) -> None:
    chat(ROSA, "sí")
    asked, preview, _ = chat("ya se respondió", "entregada", "sí")
    assert "¿Cómo se respondió?" in asked.text and "respondida" in preview.text, preview.text
    assert stored(dispatcher, TransparencyRequest)[0].status == "respondida"

