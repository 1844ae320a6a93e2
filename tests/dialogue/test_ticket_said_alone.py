"""A complaint's ticket said alone, or with nothing but lead words («R-2027-0031», «y el R-2026-0118?», «estado del
R-2026-0005», «q pasó con el reclamo 2»), shows that complaint: never «No entendí» nor a date. While another
complaint's preview waits it is a look-up, and the preview still waits. The clock is Monday 23 November 2026."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

FIRST = "reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234"
SECOND = "reclamo de don Pedro Soto por un perro suelto en la plaza"


@pytest.mark.parametrize("line", [
    "R-2026-0001",
    "y el R-2026-0001?",
    "estado del R-2026-0001",
    "r-2026-0001",
    "Y el ticket R-2026-0001, en qué está?",
    "q paso con el reclamo 1",
    "oye y el 2026-0001??",
])
def test_a_ticket_said_alone_shows_its_complaint(chat, line: str) -> None:
    *_, shown = chat(FIRST, "sí", SECOND, "sí", "hola", line)
    assert "Reclamo R-2026-0001" in shown.text and "basura" in shown.text, shown.text


@pytest.mark.parametrize("line", ["R-2027-0031", "y el R-2026-0118?", "estado del R-2026-0005"])
def test_an_unknown_ticket_is_said_to_be_missing(chat, line: str) -> None:
    *_, reply = chat(FIRST, "sí", line)
    assert "No encuentro el reclamo" in reply.text and line.split()[-1].strip("?") in reply.text, reply.text


def test_a_ticket_while_a_preview_waits_keeps_it_waiting(chat, dispatcher) -> None:
    _, _, _, shown, saved = chat(FIRST, "sí", SECOND, "R-2026-0001", "sí")
    assert "basura" in shown.text and "Sigue pendiente" in shown.text, shown.text
    assert len(stored(dispatcher, Complaint)) == 2, saved.text
