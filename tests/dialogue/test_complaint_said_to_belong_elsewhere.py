"""«el de Muñoz en verdad es de Operaciones xq el árbol está botando el poste, derívalo»: a stored complaint named by
its resident and said to belong to a department («es de», «sería de») is moved there (previewed first), never a new
complaint; then «y el otro ciérralo» is the other complaint told."""

from __future__ import annotations

import pytest

from storage.models import Complaint, ComplaintStatus
from tests.dialogue.talk import stored

FIRST = "reclamo de don Sergio Cifuentes por un árbol a punto de caerse en calle Maipú 1320, fono 9 4411 2233"
SECOND = "otro reclamo: la señora Elena Vergara dice que hay ambulantes tapando la vereda frente al terminal"


@pytest.mark.parametrize("move", [
    "el de cifuentes en verdad es de operaciones xq el arbol esta botando el poste de luz, derivalo",
    "El reclamo del señor Cifuentes es de Operaciones, porque el árbol está sobre el tendido eléctrico. Derívelo.",
    "lo de cifuentes seria de operaciones porque el arbol se apoya en el poste, derivalo",
    "el de don sergio es mas bien de operaciones, pasalo"])
def test_complaint_said_to_belong_elsewhere_is_moved(chat, dispatcher, move) -> None:
    *_, proposal, moved, other, closed = chat(FIRST, "sí", SECOND, "sí", move, "sí",
                                              "y el otro ciérralo, ya los sacaron", "sí")
    assert "Operaciones" in proposal.text and "Nuevo reclamo" not in proposal.text, proposal.text
    assert "ambulantes" in other.text and "árbol" not in other.text, other.text
    complaints = sorted(stored(dispatcher, Complaint), key=lambda complaint: complaint.id)
    assert len(complaints) == 2, [complaint.description for complaint in complaints]
    assert "operaciones" in complaints[0].department.lower(), (moved.text, complaints[0].department)
    assert complaints[1].status == ComplaintStatus.RESOLVED, (closed.text,
                                                                                          complaints[1].status)


@pytest.mark.parametrize("move", [
    "ese es de operaciones, no de medio ambiente",
    "este es de Operaciones y no de Medio Ambiente",
    "eso le corresponde a operaciones, no a medio ambiente",
])
def test_the_one_just_stored_moved_with_the_old_department_denied(chat, dispatcher, move) -> None:
    *_, proposal, moved = chat(FIRST, "sí", move, "sí")
    assert "Operaciones" in proposal.text and "Nuevo reclamo" not in proposal.text, proposal.text
    (complaint,) = stored(dispatcher, Complaint)
    assert "operaciones" in complaint.department.lower(), moved.text
