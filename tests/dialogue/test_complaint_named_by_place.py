"""A complaint named by its place or its resident before saying what happened to it («la de Lirquén ya la
repararon, ciérrela») is that complaint, not the one stored last. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

from storage.models import Complaint
from tests.dialogue.talk import stored

LIRQUEN = "reclamo de la señora Elena Vidal, hay un poste caído en la población Lirquén frente a la sede"
PENCO = "otro de don Ramón Sáez: en Penco hay basura acumulada en la bajada a la playa"


def _statuses(dispatcher) -> dict[str, str]:
    return {c.ticket: c.status for c in stored(dispatcher, Complaint)}


def test_a_complaint_named_by_its_place_is_the_one_changed(chat, dispatcher) -> None:
    *_, proposed, saved = chat(LIRQUEN, "sí", PENCO, "sí", "la de Lirquén ya la repararon, ciérrela", "sí")
    assert "R-2026-0001" in proposed.text and "R-2026-0002" not in proposed.text, proposed.text
    assert _statuses(dispatcher) == {"R-2026-0001": "resolved", "R-2026-0002": "new"}, saved.text


def test_a_complaint_named_by_its_resident_is_the_one_changed(chat, dispatcher) -> None:
    *_, proposed, saved = chat(LIRQUEN, "sí", PENCO, "sí", "el de doña Elena Vidal, márquelo resuelto", "sí")
    assert "R-2026-0001" in proposed.text, proposed.text
    assert _statuses(dispatcher)["R-2026-0001"] == "resolved", saved.text
