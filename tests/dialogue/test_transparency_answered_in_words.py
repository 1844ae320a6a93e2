"""A transparency request answered in words, named by its requester or the one just shown, without the word
«transparencia» («la de Juan Pérez ya se respondió, se entregó todo», «respondida, entregada»): the answer with how
it went is previewed with the deadline, stored after «sí» and undone. «la entrega de …» alone stays an activity's
word. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest

PEREZ = ("llegó una solicitud de transparencia por el portal, folio MU042T0000815, de Juan Pérez, pide los "
         "contratos de recolección de basura de 2025")
LAGOS = "llegó solicitud de transparencia de doña María Lagos, quien solicita las actas del concejo de 2025"


def _statuses(dispatcher) -> dict[str, tuple[str, str | None]]:
    with Session(dispatcher.engine) as session:
        return {r.requester: (r.status, r.outcome) for r in session.exec(select(TransparencyRequest))}


@pytest.mark.parametrize(("line", "outcome"), [
    ("la de Juan Pérez ya se respondió, se entregó todo", "entregada"),
    ("respondimos la de Juan Perez: informacion inexistente", "inexistente"),
    ("La solicitud del señor Juan Pérez fue respondida; se entregó la información.", "entregada"),
])
def test_a_request_named_by_its_requester_is_answered(chat, dispatcher, line: str, outcome: str) -> None:
    *_, proposed, saved = chat(PEREZ, "sí", LAGOS, "sí", line, "sí")
    assert "Juan Pérez" in proposed.text and "dentro de plazo" in proposed.text, proposed.text
    assert _statuses(dispatcher) == {"Juan Pérez": ("respondida", outcome), "María Lagos": ("recibida", None)}, \
        saved.text
    chat("deshacer")
    assert _statuses(dispatcher)["Juan Pérez"] == ("recibida", None)


def test_the_request_just_shown_is_answered_by_its_outcome_alone(chat, dispatcher) -> None:
    *_, proposed, _ = chat(PEREZ, "sí", LAGOS, "sí", "respondida, entregada", "sí")
    assert "María Lagos" in proposed.text, proposed.text
    assert _statuses(dispatcher)["María Lagos"] == ("respondida", "entregada")


@pytest.mark.parametrize("line", ["la de Juan Pérez ya fue respondida", "La del señor Pérez ya se respondió hoy",
                                  "respondimos la de Juan Perez"])
def test_a_request_answered_without_saying_how_is_asked_how_by_its_name(chat, dispatcher, line: str) -> None:
    *_, asked, proposed, saved = chat(PEREZ, "sí", LAGOS, "sí", "solicitudes de transparencia pendientes", line,
                                      "entregada", "sí")
    assert "Juan Pérez" in asked.text and "respondió" in asked.text and asked.pending is not None, asked.text
    assert "dentro de plazo" in proposed.text, proposed.text
    assert _statuses(dispatcher)["Juan Pérez"] == ("respondida", "entregada"), saved.text
