"""A complaint told with what the resident asks for after it («…, urge que lo vean por favor», «…, pide que vayan
luego», «…, q lo vean luego xfa»): a new complaint whose description is the problem, never a search of complaints
(a search needs a question or a verb the staff asks with, not the resident's wish) nor the request alone."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "description"), [
    ("reclamo de vecinos por luminaria apagada en la plaza, urge que lo vean por favor",
     "luminaria apagada en la plaza"),
    ("Se recibe reclamo de la señora Rosa Vidal por un hoyo en calle Los Aromos; solicita que lo reparen a la "
     "brevedad.", "hoyo en calle Los Aromos"),
    ("reclamo x micro basural en villa el bosque, q lo vean luego xfa", "micro basural en villa el bosque"),
    ("reclamo: basura acumulada en la feria, necesitan que la retiren", "basura acumulada en la feria"),
    ("vecinos reclaman por ruidos molestos en la cancha, piden que manden inspectores urgente",
     "ruidos molestos en la cancha"),
    ("eh anote un reclamo de don Luis por el semáforo malo de avenida central, necesita que lo arreglen hoy mismo",
     "semáforo malo de avenida central"),
])
def test_the_residents_request_is_no_part_of_the_complaint(parser, text: str, description: str) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["description"] == description


@pytest.mark.parametrize("text", [
    "reclamo de la sra Pérez, que le arreglen la vereda de calle Prat",
    "reclamo: que arreglen el hoyo de calle Prat",
])
def test_a_request_that_tells_the_problem_is_the_complaint(parser, text: str) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert "arreglen" in understanding.slots["description"]


@pytest.mark.parametrize("text", ["busca el reclamo de la vecina de villa El Bosque",
                                  "vea el reclamo de calle Prat"])
def test_a_finding_verb_the_staff_asks_with_still_searches(parser, text: str) -> None:
    assert parser.parse(text, NOW).intent == "complaint.search"
