"""The steps of art. 20 told in words of the request in focus: the third parties notified («Notifique a los terceros,
la información afecta a …», «se notificó a los terceros afectados: …»), their opposition («los terceros se
opusieron», «el tercero no presentó oposición») and the denial that follows («Deniéguela por la causal del artículo
21 número 2»), each previewed, stored after «sí» and undone by «deshacer»."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

REGISTER = ("Registre la solicitud de acceso a la información de doña Marta Lillo, recibida hoy por correo, que pide "
            "las evaluaciones de desempeño de los funcionarios de Tránsito")

NOTICES = [
    ("Notifique a los terceros, la información afecta a los funcionarios evaluados.", "funcionarios evaluados"),
    ("notifica a los terceros xfa, afecta a la empresa Aseos del Maipo", "Aseos del Maipo"),
    ("Se notificó a los terceros afectados: Asociación de Funcionarios de Tránsito.",
     "Asociación de Funcionarios de Tránsito"),
    ("avísele a los terceros afectados, los inspectores de tránsito", "inspectores de tránsito"),
]


@pytest.mark.parametrize(("message", "parties"), NOTICES)
def test_third_parties_notified_in_words_move_the_request_in_focus(chat, dispatcher, message, parties) -> None:
    chat(REGISTER, "sí")
    preview, done = chat(message, "sí")
    assert "Marta Lillo" in preview.text and parties in preview.text and "art. 20" in preview.text, preview.text
    assert "notificados" in done.text, done.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.status == "terceros" or request.notified_on is not None
    assert parties in request.third_parties
    chat("deshacer")
    assert stored(dispatcher, TransparencyRequest)[0].notified_on is None


@pytest.mark.parametrize(("told", "opposed"), [("Los terceros se opusieron dentro de plazo.", True),
                                               ("el tercero se opuso", True),
                                               ("Los terceros no presentaron oposición", False),
                                               ("los terceros no se opusieron, se entrega", False)])
def test_the_opposition_of_third_parties_is_recorded_on_the_request_in_focus(chat, dispatcher, told,
                                                                              opposed) -> None:
    chat(REGISTER, "sí", NOTICES[0][0], "sí")
    preview, _ = chat(told, "sí")
    assert "Marta Lillo" in preview.text and ("Con oposición" if opposed else "Sin oposición") in preview.text
    assert stored(dispatcher, TransparencyRequest)[0].opposed is opposed


@pytest.mark.parametrize("denial", ["Deniéguela por la causal del artículo 21 número 2, derechos de las personas.",
                                    "deniégala, causal art. 21 n° 2",
                                    "Se deniega por el artículo 21 n° 2"])
def test_a_denial_by_its_causal_closes_the_request_in_focus(chat, dispatcher, denial) -> None:
    chat(REGISTER, "sí", NOTICES[0][0], "sí", "Los terceros se opusieron dentro de plazo.", "sí")
    preview, _ = chat(denial, "sí")
    assert "denegada" in preview.text and "21" in preview.text and "causal causal" not in preview.text, preview.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.status, request.outcome) == ("respondida", "denegada") and "21" in request.causal
    chat("deshacer")
    assert stored(dispatcher, TransparencyRequest)[0].outcome is None


def test_a_denial_after_an_opposition_names_it_as_its_ground(chat, dispatcher) -> None:
    chat(REGISTER, "sí", NOTICES[0][0], "sí", "el tercero se opuso", "sí")
    preview, _ = chat("deniéguela", "sí")
    assert "oposición de terceros" in preview.text, preview.text
    assert stored(dispatcher, TransparencyRequest)[0].outcome == "denegada"


@pytest.mark.parametrize("delivery", ["entréguela completa, por favor", "Entréguesela al solicitante, completa",
                                      "ya se entregó la información completa"])
def test_a_delivery_after_no_opposition_answers_the_request_in_focus(chat, dispatcher, delivery) -> None:
    chat(REGISTER, "sí", NOTICES[1][0], "sí", "Los terceros no presentaron oposición", "sí")
    preview, _ = chat(delivery, "sí")
    assert "Marta Lillo" in preview.text and "entregada" in preview.text, preview.text
    assert stored(dispatcher, TransparencyRequest)[0].outcome == "entregada"
