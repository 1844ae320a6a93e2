"""Transparency requests listed by the unit that answers them («¿Qué solicitudes de transparencia tiene Medio
Ambiente?»: a unit, never a requester to look for), and an elliptical follow-up right after such a list («¿y cuáles
quedan pendientes?») asks the same register again, never invitations or complaints."""

from __future__ import annotations

import pytest

OBRAS = ("llegó solicitud de transparencia de doña María Lagos, quien solicita los permisos de edificación de 2025, "
         "que la responda la Dirección de Obras")
TRANSITO = ("ingresó por el portal una solicitud de transparencia de don Pedro Mella, pide las multas cursadas en "
            "la avenida Central, que la responda Tránsito")


@pytest.mark.parametrize(("question", "unit", "listed", "left_out"), [
    ("¿Qué solicitudes de transparencia tiene la Dirección de Obras?", "Obras", "María Lagos", "Pedro Mella"),
    ("¿Qué solicitudes de transparencia tiene Tránsito?", "Tránsito", "Pedro Mella", "María Lagos"),
    ("solicitudes de transparencia de la DOM xfa", "Obras", "María Lagos", "Pedro Mella"),
    ("¿Cuáles solicitudes de acceso a la información le tocan a Tránsito?", "Tránsito", "Pedro Mella",
     "María Lagos"),
])
def test_requests_are_listed_by_the_unit_that_answers_them(chat, question, unit, listed, left_out) -> None:
    *_, reply = chat(OBRAS, "sí", TRANSITO, "sí", question)
    assert listed in reply.text and left_out not in reply.text and unit in reply.text, reply.text
    assert "No encuentro" not in reply.text


@pytest.mark.parametrize("follow", ["¿y cuáles quedan pendientes?", "y cuáles siguen pendientes", "¿y las pendientes?",
                                    "¿Y cuáles están pendientes?"])
def test_an_elliptical_follow_up_keeps_the_transparency_register(chat, follow) -> None:
    *_, listed, reply = chat(OBRAS, "sí", TRANSITO, "sí", "solicitudes de transparencia vencidas", follow)
    assert "vencidas: ninguna" in listed.text, listed.text
    assert "Solicitudes de transparencia pendientes" in reply.text, reply.text
    assert "María Lagos" in reply.text and "Pedro Mella" in reply.text and "invitaci" not in reply.text.lower()
