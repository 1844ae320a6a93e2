"""«Solicitudes» asked for by the unit that answers them («q solicitudes tiene la DOM», «qué solicitudes le tocan
a Tránsito», «solicitudes pendientes de SECPLAN») are transparency requests, the office's register routed to a
unit, never the residents' complaints, which are «reclamos»."""

from __future__ import annotations

import pytest

OBRAS = ("llegó solicitud de transparencia de don Álvaro Muñoz, pide las recepciones finales de 2024, que la "
         "responda la Dirección de Obras")
SECPLAN = ("ingresó una solicitud de transparencia de doña Paula Reyes, pide los proyectos postulados al FNDR, "
           "que la responda Secplan")


@pytest.mark.parametrize(("question", "listed", "left_out"), [
    ("q solicitudes tiene la DOM", "Álvaro Muñoz", "Paula Reyes"),
    ("qué solicitudes tiene secplan?", "Paula Reyes", "Álvaro Muñoz"),
    ("solicitudes pendientes de SECPLAN", "Paula Reyes", "Álvaro Muñoz"),
    ("¿cuáles solicitudes le tocan a la Dirección de Obras?", "Álvaro Muñoz", "Paula Reyes"),
    ("solicitudes de la DOM", "Álvaro Muñoz", "Paula Reyes"),
])
def test_requests_of_a_unit_are_its_transparency_requests(chat, question, listed, left_out) -> None:
    *_, reply = chat(OBRAS, "sí", SECPLAN, "sí", question)
    assert "transparencia" in reply.text and listed in reply.text and left_out not in reply.text, reply.text
    assert "Reclamos" not in reply.text


def test_complaints_of_a_unit_are_still_complaints(chat) -> None:
    *_, reply = chat(OBRAS, "sí", "q reclamos tiene la DOM")
    assert "Reclamos" in reply.text and "Álvaro Muñoz" not in reply.text, reply.text
