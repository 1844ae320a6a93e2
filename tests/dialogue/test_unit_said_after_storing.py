"""Which department a record belongs to, said alone right after storing it («es de obras», «Corresponde a la
Dirección de Obras»), changes that record: a complaint is moved, a transparency request gets the unit that answers
(its state and deadline as they were). A preview, «sí», and «deshacer» takes it back."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest
from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de don Luis Soto: basura acumulada en pasaje Los Olmos 45"
REQUEST = "llegó solicitud de transparencia de doña María Lagos, quien solicita las actas del concejo de 2025"
SAYINGS = ["Corresponde a la Dirección de Obras", "es de obras", "no, en realidad es de Obras",
           "le corresponde al departamento de obras porfa"]


@pytest.mark.parametrize("line", SAYINGS)
def test_a_complaint_just_stored_moves_to_the_department_said(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(COMPLAINT, "sí", line, "sí")
    assert "Aseo" in proposed.text and "Obras" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "obras", saved.text
    chat("deshacer")
    assert stored(dispatcher, Complaint)[0].department == "aseo"


def _request(dispatcher) -> TransparencyRequest:
    with Session(dispatcher.engine) as session:
        [request] = session.exec(select(TransparencyRequest)).all()
        return request


@pytest.mark.parametrize("line", [SAYINGS[0], "le toca a la Dirección de Obras", "la ve Obras"])
def test_a_transparency_request_just_stored_gets_its_unit(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(REQUEST, "sí", line, "sí")
    assert "sin asignar → Dirección de Obras" in proposed.text and "Estado" not in proposed.text, proposed.text
    request = _request(dispatcher)
    assert (request.department, request.status) == ("obras", "recibida"), saved.text
    assert "vence el martes 22 de diciembre" in saved.text.lower() or "22 de diciembre" in saved.text
    chat("deshacer")
    assert _request(dispatcher).department is None
