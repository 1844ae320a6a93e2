"""A complaint named by its resident or street before what to do with it («el reclamo de la sra. Pérez pásalo a
aseo», «agrégale una nota al de calle Prat: …») is that complaint, not the one stored last: the name ends at the
verb. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

PRAT = "reclamo del señor Pedro Contreras, calle Prat 123, hay un hoyo enorme en la vereda"
AROMOS = "reclamo de la sra. Marta Pérez por perros sueltos en la plaza de Los Aromos"
OLMOS = "reclamo de don Luis Soto: basura acumulada en pasaje Los Olmos 45"


def _complaints(dispatcher) -> dict[str, Complaint]:
    return {c.ticket: c for c in stored(dispatcher, Complaint)}


@pytest.mark.parametrize("line", [
    "el reclamo del señor Contreras márcalo como resuelto",
    "el de don Pedro Contreras, ciérralo",
    "el reclamo de calle Prat dejalo resuelto xfa",
    "ciérralo al de don Pedro Contreras, ya lo arreglaron",
    "pasa a resuelto el de calle Prat",
])
def test_a_status_set_on_the_complaint_named_first(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(PRAT, "sí", AROMOS, "sí", OLMOS, "sí", line, "sí")
    assert "R-2026-0001" in proposed.text and "R-2026-0003" not in proposed.text, proposed.text
    assert _complaints(dispatcher)["R-2026-0001"].status == "resolved", saved.text
    assert _complaints(dispatcher)["R-2026-0003"].status == "new"


@pytest.mark.parametrize("line", [
    "el reclamo de la sra. Pérez pásalo a aseo",
    "el de la señora Marta Perez derivalo a aseo porfa",
    "El reclamo de doña Marta Pérez, derívelo a Aseo.",
])
def test_a_complaint_named_first_moves_to_another_department(chat, dispatcher, line: str) -> None:
    *_, proposed, saved, undone = chat(PRAT, "sí", AROMOS, "sí", OLMOS, "sí", line, "sí", "deshacer")
    assert "R-2026-0002" in proposed.text and "Aseo" in proposed.text, proposed.text
    assert "derivado" in saved.text, saved.text
    assert _complaints(dispatcher)["R-2026-0002"].department == "medio_ambiente", undone.text


@pytest.mark.parametrize(("line", "comment"), [
    ("agrégale una nota al de calle Prat: el vecino volvió a llamar", "el vecino volvió a llamar"),
    ("anota en el de don Pedro Contreras que ya fue la cuadrilla", "ya fue la cuadrilla"),
    ("agrega al del pasaje Los Olmos q la vecina llamo de nuevo", "la vecina llamo de nuevo"),
    ("agrega al reclamo del señor Contreras que inspección ya fue a terreno", "inspección ya fue a terreno"),
    ("anote en el reclamo de calle Prat: el vecino insiste", "el vecino insiste"),
])
def test_a_note_goes_to_the_complaint_named_by_street_or_resident(chat, dispatcher, line: str,
                                                                  comment: str) -> None:
    *_, proposed, saved = chat(PRAT, "sí", AROMOS, "sí", OLMOS, "sí", line, "sí")
    target = "R-2026-0003" if "Olmos" in line else "R-2026-0001"
    assert target in proposed.text, proposed.text
    notes = _complaints(dispatcher)[target].notes or ""
    assert comment in notes and "al de" not in notes and "al del" not in notes, saved.text


@pytest.mark.parametrize("line", [
    "el de la basura en verdad lo ve medio ambiente, derívalo",
    "el de la basura al final derívalo a medio ambiente",
])
def test_a_complaint_named_by_its_problem_after_a_listing_moves(chat, dispatcher, line: str) -> None:
    *_, listed, proposed, saved = chat(OLMOS, "sí", PRAT, "sí", "¿qué reclamos hay pendientes?",
                                       line, "sí")
    assert "R-2026-0001" in listed.text and "R-2026-0002" in listed.text, listed.text
    assert "R-2026-0001" in proposed.text and "R-2026-0002" not in proposed.text, proposed.text
    assert _complaints(dispatcher)["R-2026-0001"].department == "medio_ambiente", saved.text


def test_a_complaint_named_first_that_names_none_is_asked_for_not_guessed(chat, dispatcher) -> None:
    *_, asked = chat(PRAT, "sí", AROMOS, "sí", "el de los semáforos derívalo a tránsito")
    assert "?" in asked.text and "Derivar" not in asked.text and "¿Lo derivo?" not in asked.text, asked.text
    assert {c.department for c in stored(dispatcher, Complaint)} != {"transito"}
    assert _complaints(dispatcher)["R-2026-0002"].department != "transito"
