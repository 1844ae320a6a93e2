"""A transparency request not answered nor closed is pending whatever step it went through — an extension, third
parties notified, a part derived to another body (art. 13) — so every way of asking for the pending ones lists it
with its deadline; «por vencer» with none due soon says so and lists the open ones."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

REQUEST = ("llegó solicitud de transparencia por el portal folio MU263T0002001 de Jorge Alarcón, pide copia de los "
           "correos del alcalde con la empresa Dimensión y los permisos sanitarios del casino")
STEPS = ["prorrógala, la unidad pide más tiempo", "notificamos a los terceros: la empresa Dimensión",
         "la parte de los permisos sanitarios derívala a la Seremi de Salud",
         "derivamos una parte a la Seremi de Salud"]
ASKINGS = ["solicitudes de transparencia pendientes", "q solicitudes de transparencia tenemos abiertas",
           "¿Me indica las solicitudes pendientes de ley de transparencia, por favor?", "transparencia por vencer"]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("asking", ASKINGS)
def test_a_request_moved_along_stays_pending(chat, dispatcher, step: str, asking: str) -> None:
    *_, saved, listed = chat(REQUEST, "sí", step, "sí", asking)
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.closed_on is None, saved.text
    assert "MU263T0002001" in listed.text and "vence el" in listed.text, listed.text
    assert "ninguna." not in listed.text, listed.text


def test_a_part_derived_keeps_the_rest_here_and_undoes(chat, dispatcher) -> None:
    *_, proposed, saved = chat(REQUEST, "sí", STEPS[2], "sí")
    assert "Derivada en parte a: Seremi de Salud" in proposed.text and "Estado" not in proposed.text, proposed.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.status, request.derived_to) == ("recibida", "Seremi de Salud"), saved.text
    chat("deshacer")
    assert stored(dispatcher, TransparencyRequest)[0].derived_to is None


def test_the_whole_request_derived_is_closed_here(chat, dispatcher) -> None:
    *_, listed = chat(REQUEST, "sí", "derívala a la Seremi de Salud", "sí", "solicitudes de transparencia pendientes")
    assert "ninguna" in listed.text, listed.text
