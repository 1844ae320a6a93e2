"""A unit named by its acronym in lower case («la dom») is that unit where a complaint is sent: the complaint just
stored moves to the Dirección de Obras, previewed first; «el dom» stays a day."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de doña Rosa Pinto: muro a punto de caer en pasaje Atacama 45"


@pytest.mark.parametrize("move", ["derívelo a la dom", "ese reclamo es de la dom", "es de la DOM",
                                  "eso le corresponde a la dom po", "pásalo a la dom xfa"])
def test_the_complaint_in_focus_goes_to_the_unit(chat, dispatcher, move: str) -> None:
    chat(COMPLAINT, "sí")
    [proposal] = chat(move)
    assert "→ Dirección de Obras Municipales" in proposal.text, proposal.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "obras", complaint.department
