"""While a transparency request waits for its «sí», another one named by whose it is («¿y la de Rosa Pinto?
anótela también», «también la de doña Inés Carrasco») is one more request, never a new contact: the first is set
aside and comes back once the second is answered; when the message that brought the first also told the second,
its words are taken from there."""

from __future__ import annotations

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

FIRST = ("Registre la solicitud de acceso a la información de don Hernán Vidal, recibida hoy por correo, que pide "
         "los contratos de alumbrado público")


@pytest.mark.parametrize(("more", "name"), [
    ("y la solicitud de Rosa Pinto? anótela también", "Rosa Pinto"),
    ("también la de doña Inés Carrasco, guárdela", "Inés Carrasco"),
    ("y la de Tomás Herrera? regístrala igual", "Tomás Herrera"),
    ("¿y la solicitud del señor Luis Araya? agréguela tb", "Luis Araya"),
])
def test_another_request_named_by_its_requester_is_one_more_request(chat, dispatcher, more, name) -> None:
    _, asked = chat(FIRST, more)
    assert "contacto" not in asked.text.lower(), asked.text
    assert "Hernán Vidal" in asked.text and "pide" in asked.text.lower(), asked.text
    preview, first_again = chat("las actas del concejo de octubre", "sí")
    assert name in preview.text and "las actas del concejo de octubre" in preview.text, preview.text
    assert "Hernán Vidal" in first_again.text, first_again.text
    chat("sí")
    assert sorted(r.requester for r in stored(dispatcher, TransparencyRequest)) == sorted(["Hernán Vidal", name])


@pytest.mark.parametrize("more", ["y la solicitud de Pedro Soto? guárdala también", "¿y la de don Pedro Soto?",
                                  "también la de Pedro Soto, anótela"])
def test_a_request_told_in_the_same_message_is_taken_from_it(chat, dispatcher, more) -> None:
    chat("llegaron dos solicitudes de transparencia: doña Julia Rivas pide los permisos de edificación de 2025, "
         "y don Pedro Soto pide las patentes de alcoholes vigentes")
    [preview] = chat(more)
    assert "Pedro Soto" in preview.text and "patentes de alcoholes" in preview.text, preview.text
    chat("sí", "sí")
    assert sorted(r.requester for r in stored(dispatcher, TransparencyRequest)) == ["Julia Rivas", "Pedro Soto"]


@pytest.mark.parametrize("kept", ["¿y la de Hernán Vidal? guárdala", "y la solicitud de don Hernán Vidal, anótela",
                                  "también la de Hernán Vidal, regístrela nomás"])
def test_the_request_waiting_named_by_its_requester_is_kept(chat, dispatcher, kept) -> None:
    _, done = chat(FIRST, kept)
    assert done.stored and "Hernán Vidal" in done.text, done.text
    assert [r.requester for r in stored(dispatcher, TransparencyRequest)] == ["Hernán Vidal"]
