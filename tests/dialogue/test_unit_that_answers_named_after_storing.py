"""The unit named as the one that answers a request just stored («la responde la DOM», «la unidad que responde es
Secretaría Municipal») is its assignment, not its answer: a preview of the unit, «sí» stores it with the state and
deadline as they were, and «deshacer» takes it back. An answer told as done («la DOM ya respondió») still asks how."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest

REQUEST = ("ingresa solicitud de transparencia que llegó por correo, de Mauricio Lienlaf, pide las actas del concejo "
           "de mayo")
SAYINGS = [
    ("la unidad que responde es secretaría municipal", "secretaria_municipal", "Secretaría Municipal"),
    ("La unidad que debe responder es la Secretaría Municipal, por favor", "secretaria_municipal",
     "Secretaría Municipal"),
    ("la responde la DOM", "obras", "Dirección de Obras"),
    ("q la conteste secplan xfa", "secplan", "SECPLAN"),
    ("la contestá vos, Dideco", "dideco", "DIDECO"),
    ("eh la unidad responsable es la dideco", "dideco", "DIDECO"),
]


def _request(dispatcher) -> TransparencyRequest:
    with Session(dispatcher.engine) as session:
        [request] = session.exec(select(TransparencyRequest)).all()
        return request


@pytest.mark.parametrize(("line", "code", "name"), SAYINGS)
def test_the_unit_that_answers_is_assigned(chat, dispatcher, line: str, code: str, name: str) -> None:
    *_, proposed, saved = chat(REQUEST, "sí", line, "sí")
    assert "sin asignar → " in proposed.text and name in proposed.text, proposed.text
    assert "Cómo se respondió" not in proposed.text + saved.text
    request = _request(dispatcher)
    assert (request.department, request.status) == (code, "recibida"), saved.text
    assert name in saved.text and "Vence" in saved.text, saved.text
    chat("deshacer")
    assert _request(dispatcher).department is None


def test_an_answer_told_as_done_by_a_unit_asks_how(chat, dispatcher) -> None:
    *_, asked = chat(REQUEST, "sí", "la DOM ya respondió")
    assert "Cómo se respondió" in asked.text, asked.text
    assert _request(dispatcher).department is None
