"""«¿A qué organismo se deriva?» answered with its preposition («al Servicio de Salud Atacama», «a la Seremi de
Educación»): the body is stored by its name, as «derívala al Servicio …» in one message stores it."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

PACIENTES = "llegó solicitud de transparencia de Paula Rivas, pide el listado de pacientes del hospital regional"


@pytest.mark.parametrize(("answer", "body"), [
    ("al Servicio de Salud Atacama", "Servicio de Salud Atacama"),
    ("a la Seremi de Educación", "Seremi de Educación"),
    ("a la Contraloría Regional xfa", "Contraloría Regional"),
    ("Al Servicio de Impuestos Internos, por favor.", "Servicio de Impuestos Internos"),
])
def test_the_body_answered_with_its_preposition_is_stored_by_its_name(chat, dispatcher, answer, body) -> None:
    _, _, asked, preview, _ = chat(PACIENTES, "sí", "esa hay que derivarla", answer, "sí")
    assert "organismo" in asked.text, asked.text
    assert f"Derivada a: {body} " in preview.text, preview.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.derived_to == body and request.status == "derivada"
