"""A reference number taken back in the same message («el reclamo 2, no, el 1») finds the one meant, whatever is
asked of it."""

from __future__ import annotations

import pytest

from storage.models import Complaint, ComplaintStatus
from tests.dialogue.talk import stored


@pytest.fixture
def two_complaints(chat) -> None:
    chat("reclamo de doña Rosa Pinto: muro a punto de caer en pasaje Atacama 45", "sí")
    chat("reclamo de don Luis Soto: basura acumulada en calle Prat 120", "sí")


@pytest.mark.parametrize("asked", ["el reclamo 2, no, el 1", "estado del reclamo 2... perdón, el 1",
                                   "q pasó con el reclamo 2, no, el 1 xfa"])
def test_the_one_meant_is_shown(chat, two_complaints, asked: str) -> None:
    [shown] = chat(asked)
    assert "R-2026-0001" in shown.text and "R-2026-0002" not in shown.text, shown.text


@pytest.mark.parametrize("order", ["cierre el reclamo 2, no, el 1", "ciérrame el reclamo 2... no, el 1 porfa"])
def test_the_one_meant_is_changed(chat, dispatcher, two_complaints, order: str) -> None:
    [proposal] = chat(order)
    assert "R-2026-0001" in proposal.text, proposal.text
    chat("sí")
    statuses = {complaint.ticket: complaint.status for complaint in stored(dispatcher, Complaint)}
    assert statuses["R-2026-0002"] != ComplaintStatus.RESOLVED and statuses["R-2026-0001"] == ComplaintStatus.RESOLVED
