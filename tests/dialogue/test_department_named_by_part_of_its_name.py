"""«el del árbol pásalo a riesgo de desastres»: a department named by a shorter way of its name goes before the
routing word of the complaint's own words («árbol» is Medio Ambiente's), previewed first."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

TREE = "reclamo de don Hernán Oyarzún por un árbol que se está cayendo sobre la casa en calle Los Carrera 880"


@pytest.mark.parametrize("move", ["el del árbol pásalo a riesgo de desastres, es urgente",
                                  "derivalo a gestion del riesgo xfa, se viene el temporal",
                                  "el de oyarzún mándelo a Gestión de Desastres por favor",
                                  "ese pasalo a riesgo de desastre"])
def test_department_named_by_part_of_its_name(chat, dispatcher, move) -> None:
    *_, proposal, done = chat(TREE, "sí", move, "sí")
    assert "Riesgo de Desastres" in proposal.text, proposal.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "riesgo_desastres", (done.text, complaint.department)
