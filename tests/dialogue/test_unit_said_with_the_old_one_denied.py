"""The complaint just stored, pointed at by a pronoun or by nothing at all, told to belong to another department
with the old one denied («eso lo ve X, no Y», «no es de Y, lo ve X»), even as news passed on («me dicen q …»), is
moved there as «el reclamo 1 lo ve X, no Y» moves it: a preview, «sí», and «deshacer» takes it back. The first
department is never read as someone an invitation is delegated to."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de doña Elena Parra por luminaria apagada en pasaje Los Robles 18"
SAYINGS = [
    "oiga me dijeron q eso lo ve tránsito, no operaciones",
    "Esa materia le corresponde a la Dirección de Tránsito, no a Operaciones.",
    "ese lo tiene que ver tránsito y no operaciones po",
    "no es de operaciones, lo ve tránsito",
]


@pytest.mark.parametrize("line", SAYINGS)
def test_the_complaint_in_focus_moves_to_the_department_not_denied(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(COMPLAINT, "sí", line, "sí")
    assert "Operaciones →" in proposed.text and "Tránsito" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "transito", saved.text
    chat("deshacer")
    assert stored(dispatcher, Complaint)[0].department == "operaciones"
