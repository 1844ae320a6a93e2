"""A complaint named by the words of its problem, before what to do with it: moved to the department it is said to
belong to («el de los ruidos es más de seguridad», «lo del perro suelto le corresponde a medio ambiente») or asked to
go («ese pásalo a tránsito», the one in focus), with a preview and undo; or its status set («el de la basura en Prat,
ciérrelo», «lo del perro suelto márquelo en proceso»). Never a new complaint, never the last one stored when the
words name another. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint, ComplaintStatus
from tests.dialogue.talk import stored

BASURA = "reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234"
RUIDOS = "reclamo de don Pedro Soto por ruidos molestos de un taller en Freire 210"
PERRO = "reclamo de la señora Ana Ríos por un perro suelto en la plaza"


def _by_ticket(dispatcher) -> dict[str, Complaint]:
    return {complaint.ticket: complaint for complaint in stored(dispatcher, Complaint)}


@pytest.mark.parametrize(("line", "department"), [
    ("el de los ruidos es más de seguridad", "seguridad"),
    ("El de los ruidos del taller, derívelo a Seguridad Pública", "seguridad"),
    ("lo de los ruidos seria mas bien de seguridad", "seguridad"),
    ("el de los ruidos lo tiene que ver tránsito", "transito"),
    ("oye, el de los ruidos en verdad es de operaciones", "operaciones"),
])
def test_a_complaint_named_by_its_problem_moves_to_its_department(chat, dispatcher, line: str,
                                                                  department: str) -> None:
    *_, proposed, saved, undone = chat(BASURA, "sí", RUIDOS, "sí", PERRO, "sí", line, "sí", "deshacer")
    assert "R-2026-0002" in proposed.text and "Nuevo reclamo" not in proposed.text, proposed.text
    assert "derivado" in saved.text, saved.text
    assert len(stored(dispatcher, Complaint)) == 3
    assert _by_ticket(dispatcher)["R-2026-0002"].department == "inspeccion", undone.text


def test_the_move_is_stored_after_yes(chat, dispatcher) -> None:
    chat(BASURA, "sí", RUIDOS, "sí", PERRO, "sí", "lo del perro suelto le corresponde a medio ambiente", "sí")
    assert _by_ticket(dispatcher)["R-2026-0003"].department == "medio_ambiente"
    *_, saved = chat("el de los ruidos es más de seguridad", "sí")
    assert _by_ticket(dispatcher)["R-2026-0002"].department == "seguridad", saved.text


@pytest.mark.parametrize("line", ["ese pásalo a tránsito", "derívelo a Tránsito por favor", "mándalo a transito"])
def test_the_complaint_in_focus_moves_when_named_by_a_pronoun(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(BASURA, "sí", RUIDOS, "sí", line, "sí")
    assert "R-2026-0002" in proposed.text and "Tránsito" in proposed.text, proposed.text
    assert _by_ticket(dispatcher)["R-2026-0002"].department == "transito", saved.text


@pytest.mark.parametrize(("line", "ticket", "status"), [
    ("el de la basura en Prat, ciérrelo", "R-2026-0001", ComplaintStatus.RESOLVED),
    ("lo del perro suelto márquelo en proceso", "R-2026-0003", ComplaintStatus.IN_PROGRESS),
    ("el de los ruidos déjalo resuelto, ya cerraron el taller", "R-2026-0002", ComplaintStatus.RESOLVED),
    ("lo de la basura márcalo como resuelto xfa", "R-2026-0001", ComplaintStatus.RESOLVED),
])
def test_a_status_set_on_the_complaint_named_by_its_problem(chat, dispatcher, line: str, ticket: str,
                                                            status: str) -> None:
    *_, proposed, saved = chat(BASURA, "sí", RUIDOS, "sí", PERRO, "sí", line, "sí")
    assert ticket in proposed.text, proposed.text
    complaints = _by_ticket(dispatcher)
    assert complaints[ticket].status == status, saved.text
    assert [c.ticket for c in complaints.values() if c.status != ComplaintStatus.NEW] == [ticket]
