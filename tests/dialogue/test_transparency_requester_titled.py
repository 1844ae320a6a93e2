"""A transparency request's requester after a title («de doña Paula Saavedra, quien solicita …», «del señor …»)
is read whole: «doña» is no «don» followed by an «a». The preview and the stored request name her, with the
deadline in working days."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest


@pytest.mark.parametrize(("line", "requester"), [
    ("Estimada, se recibió hoy por el Portal de Transparencia la solicitud folio MU189T0000456 de doña Paula "
     "Saavedra, quien solicita copia de los permisos de edificación otorgados en 2025", "Paula Saavedra"),
    ("llegó solicitud de transparencia de doña Ana María Lagos, quien pide las actas del concejo", "Ana María Lagos"),
    ("nos llego una solicitud de transparencia del señor Pedro Rojas pidiendo los contratos de aseo", "Pedro Rojas"),
])
def test_the_requester_after_a_title_is_named_in_the_preview_and_stored(chat, dispatcher, line: str,
                                                                        requester: str) -> None:
    proposed, saved = chat(line, "sí")
    assert requester in proposed.text and "20 días hábiles" in proposed.text, proposed.text
    with Session(dispatcher.engine) as session:
        [request] = session.exec(select(TransparencyRequest)).all()
    assert request.requester == requester, saved.text
