"""The unit that answers a transparency request (Ley 20.285), corrected while its proposal waits («no, que la
responda la DOM», «mejor a Secplan»), corrects that proposal, never the request stored before it nor a new request
set aside; a request told with the unit that answers it («…, que la responda Secplan») is proposed, not looked for
among the stored ones. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage.legal import TransparencyRequest

STORED = ("llegó una solicitud de transparencia por el portal, folio MU042T0000815, de Juan Pérez, pide los "
          "contratos de recolección de basura de 2025")
LAGOS = "llegó solicitud de transparencia de doña María Lagos, quien solicita las actas del concejo de 2025"


def _units(dispatcher) -> dict[str, str | None]:
    with Session(dispatcher.engine) as session:
        return {r.requester: r.department for r in session.exec(select(TransparencyRequest))}


@pytest.mark.parametrize(("line", "unit", "code"), [
    ("no, que la responda la DOM", "Dirección de Obras Municipales", "obras"),
    ("mejor a Secplan", "SECPLAN", "secplan"),
    ("No, que la responda la Dirección de Obras Municipales, por favor.", "Dirección de Obras Municipales", "obras"),
    ("nop, q la conteste juridica mejor", "Asesoría Jurídica", "juridica"),
    ("no que la responda el daem", "Salud y Educación", "salud_educacion"),
    ("no, q la responda la DOM, no la secretaría municipal", "Dirección de Obras Municipales", "obras"),
    ("Que la conteste Jurídica, no Secretaría Municipal.", "Asesoría Jurídica", "juridica"),
])
def test_the_unit_corrected_is_the_proposals(chat, dispatcher, line: str, unit: str, code: str) -> None:
    *_, corrected, saved = chat(STORED, "sí", LAGOS, line, "sí")
    assert "María Lagos" in corrected.text and unit in corrected.text, corrected.text
    assert "espera" not in corrected.text and "Juan Pérez" not in corrected.text, corrected.text
    assert _units(dispatcher) == {"Juan Pérez": "aseo", "María Lagos": code}, saved.text


def test_a_unit_the_proposal_already_has_keeps_it_waiting(chat, dispatcher) -> None:
    told = ("llegó solicitud de transparencia de doña María Lagos, quien solicita los permisos de edificación del "
            "loteo Las Vertientes")
    *_, shown, saved = chat(STORED, "sí", told, "no, que la responda la DOM", "sí")
    assert "María Lagos" in shown.text and shown.pending is not None and "espera" not in shown.text, shown.text
    assert _units(dispatcher) == {"Juan Pérez": "aseo", "María Lagos": "obras"}, saved.text


@pytest.mark.parametrize(("line", "code"), [
    ("llegó solicitud de transparencia de doña María Lagos, quien solicita las actas del concejo de 2025, que la "
     "responda la Secretaría Municipal", "secretaria_municipal"),
    ("Ingresó por Ley 20.285 una solicitud de Pedro Soto: pide el detalle del gasto en luminarias 2025. Que la "
     "responda Secplan.", "secplan"),
    ("solicitud por ley de transparencia de Ana Ruiz, pide copia del plan regulador, q la vea la DOM", "obras"),
])
def test_a_request_told_with_its_unit_is_proposed(chat, dispatcher, line: str, code: str) -> None:
    proposed, saved = chat(line, "sí")
    assert "Nueva solicitud" in proposed.text, proposed.text
    assert list(_units(dispatcher).values()) == [code], saved.text
