"""Audience requests told in other words («se recibió una solicitud de audiencia de X, a través de su gerente Y»,
«la gestora de intereses Y, de X, pide reunión …»; test_legal_requests_told_formally checks who asks for whom): a
follow-up that names one by its company («y la de la constructora recházala») or by a pronoun answers that
audience, never an invitation."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from tests.dialogue.talk import stored

TOLD = [
    ("Se recibió una solicitud de audiencia de la Viña Santa Ema SpA, a través de su gerente Rodrigo Vial, para "
     "tratar la ampliación de la bodega en el camino a Pirque", "Rodrigo Vial", "Viña Santa Ema SpA",
     "ampliación de la bodega"),
    ("recibimos solicitud de audiencia de Agrícola Los Robles Ltda., por medio de su abogado Martín Fuenzalida, "
     "para conversar sobre el cambio de uso de suelo", "Martín Fuenzalida", "Agrícola Los Robles Ltda",
     "el cambio de uso de suelo"),
    ("el lobbista Rodrigo Salinas, de Salmones Australes, solicita reunirse con la alcaldesa por la concesión del "
     "muelle", "Rodrigo Salinas", "Salmones Australes", "la concesión del muelle"),
    ("oye el abogado Felipe Mora, de Forestal Mininco, pide audiencia pa hablar del camino vecinal", "Felipe Mora",
     "Forestal Mininco", "camino vecinal"),
    ("Ha llegado una solicitud de audiencia de la Sociedad Minera Punta Alta, mediante su representante legal doña "
     "Paula Herrera, sobre la patente minera", "Paula Herrera", "Sociedad Minera Punta Alta", "la patente minera"),
]


@pytest.mark.parametrize("answer", ["y la de la forestal recházala", "la de Forestal, rechácela por favor",
                                    "xfa rechaza la d la forestal"])
def test_an_audience_named_by_its_company_after_a_list_is_answered(chat, dispatcher, answer) -> None:
    chat(TOLD[3][0], "sí", TOLD[2][0], "sí", "audiencias pendientes")
    preview, _ = chat(answer, "sí")
    assert "Felipe Mora" in preview.text and "rechaz" in preview.text and "Salinas" not in preview.text, preview.text
    states = {a.applicant: a.status for a in stored(dispatcher, Audience)}
    assert states == {"Felipe Mora": "rechazada", "Rodrigo Salinas": "solicitada"}


def test_a_pronoun_after_registering_accepts_that_audience(chat, dispatcher) -> None:
    chat(TOLD[0][0], "sí")
    preview, _ = chat("Acéptela para el jueves 26 a las 11 en el despacho.", "sí")
    assert "Rodrigo Vial" in preview.text and "26" in preview.text, preview.text
    assert stored(dispatcher, Audience)[0].status == "aceptada"
