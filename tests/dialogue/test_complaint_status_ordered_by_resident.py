"""A status change ordered about a complaint named by its resident. In the formal voice («Cierre el reclamo de la
señora Muñoz», «Favor dar por resuelto el reclamo del vecino Soto») it is that change, never a new complaint. When
the resident has two complaints («ciérrele el reclamo a la señora Muñoz») the bot asks which, listing both, and never
picks one silently. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint, ComplaintStatus
from tests.dialogue.talk import stored

BASURA = "reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234"
HOYO = "reclamo de la señora Rosa Muñoz por un hoyo en la vereda de pasaje Los Olmos 45"
PERRO = "reclamo de don Pedro Soto por un perro suelto en la plaza"


def _statuses(dispatcher) -> dict[str, str]:
    return {complaint.ticket: complaint.status for complaint in stored(dispatcher, Complaint)}


@pytest.mark.parametrize(("line", "status"), [
    ("Cierre el reclamo del señor Soto", ComplaintStatus.RESOLVED),
    ("Favor dar por resuelto el reclamo del vecino Pedro Soto", ComplaintStatus.RESOLVED),
    ("Por favor marque como resuelto el reclamo de don Pedro Soto", ComplaintStatus.RESOLVED),
    ("Deje en proceso el reclamo de don Pedro Soto", ComplaintStatus.IN_PROGRESS),
    ("rechace el reclamo del señor Soto, no corresponde", ComplaintStatus.REJECTED),
    ("cierren el reclamo de don pedro soto porfa", ComplaintStatus.RESOLVED),
])
def test_a_formal_order_changes_the_status_of_the_one_named(chat, dispatcher, line: str, status: str) -> None:
    *_, proposed, saved = chat(BASURA, "sí", PERRO, "sí", HOYO, "sí", line, "sí")
    assert "R-2026-0002" in proposed.text and "Nuevo reclamo" not in proposed.text, proposed.text
    assert len(stored(dispatcher, Complaint)) == 3
    assert _statuses(dispatcher)["R-2026-0002"] == status, saved.text
    assert _statuses(dispatcher)["R-2026-0003"] == ComplaintStatus.NEW


@pytest.mark.parametrize("line", [
    "ciérrele el reclamo a la señora Muñoz",
    "Cierre el reclamo de la señora Muñoz",
    "el de la señora Muñoz márquelo resuelto",
    "márcale como resuelto el reclamo a doña Rosa Muñoz",
])
def test_a_resident_with_two_complaints_is_asked_which(chat, dispatcher, line: str) -> None:
    *_, asked = chat(BASURA, "sí", HOYO, "sí", PERRO, "sí", line)
    assert "R-2026-0001" in asked.text and "R-2026-0002" in asked.text and "?" in asked.text, asked.text
    assert "R-2026-0003" not in asked.text and set(_statuses(dispatcher).values()) == {ComplaintStatus.NEW}
    proposed, saved = chat("el de la basura", "sí")
    assert "R-2026-0001" in proposed.text, proposed.text
    assert _statuses(dispatcher) == {"R-2026-0001": ComplaintStatus.RESOLVED, "R-2026-0002": ComplaintStatus.NEW,
                                     "R-2026-0003": ComplaintStatus.NEW}, saved.text
