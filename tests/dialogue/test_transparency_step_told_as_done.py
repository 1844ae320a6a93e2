"""A transparency step told as done, in free words and naming the requester («la de marcelo pinto se derivó a la
Superintendencia …», «a la de Rojas se le amplió el plazo», «la solicitud de la sra. Pérez la derivamos al Serviu»),
even when another request was the last one stored: that request's step, previewed, stored after «sí» and undone.
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest

PINTO = ("nueva solicitud de transparencia de Marcelo Pinto, pide copia del contrato de alumbrado publico, "
         "llego por correo")
PEREZ = "llegó solicitud de transparencia de la sra. Ana Pérez, pide las actas del concejo de octubre"
ROJAS = "solicitud de transparencia de don Jorge Rojas, solicita el presupuesto de aseo"


def _statuses(dispatcher) -> dict[str, str]:
    with Session(dispatcher.engine) as session:
        return {r.requester: r.status for r in session.exec(select(TransparencyRequest))}


@pytest.mark.parametrize(("line", "requester", "status", "shown"), [
    ("la de marcelo pinto se derivó a la Superintendencia de Electricidad y Combustibles", "Marcelo Pinto",
     "derivada", "Superintendencia de Electricidad y Combustibles"),
    ("la solicitud de la sra. Pérez la derivamos al Serviu", "Ana Pérez", "derivada", "Serviu"),
    ("a la de Rojas se le amplió el plazo", "Jorge Rojas", "prorrogada", "Prórroga"),
    ("Le informo que la solicitud del señor Pinto se prorrogó.", "Marcelo Pinto", "prorrogada", "Prórroga"),
    ("oye la de la Pérez se la derivamos al Serviu po", "Ana Pérez", "derivada", "Serviu"),
])
def test_a_step_told_as_done_is_the_named_requests(chat, dispatcher, line, requester, status, shown) -> None:
    chat(PINTO, "sí", PEREZ, "sí", ROJAS, "sí")
    [proposed] = chat(line)
    assert requester in proposed.text and shown in proposed.text, proposed.text
    assert proposed.pending is not None
    chat("sí")
    assert _statuses(dispatcher)[requester] == status
    assert sum(value != "recibida" for value in _statuses(dispatcher).values()) == 1
    [undone] = chat("deshazlo")
    assert undone.text.startswith("Deshecho"), undone.text
    assert _statuses(dispatcher)[requester] == "recibida"
