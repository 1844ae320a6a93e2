"""«no, eso va pa Operaciones» while a complaint waits for its «sí»: the unit named after «va» or «reclamo» is where the
complaint goes, so the department changes and the resident stays who they were."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = ("reclamo de la vecina Marisol Figueroa, calle Arturo Prat 345: los juegos de la plaza estan rotos "
             "y hay basura acumulada")


@pytest.mark.parametrize(("correction", "unit"), [
    ("no, eso va pa Operaciones", "operaciones"),
    ("No, ese reclamo va para Tránsito.", "transito"),
    ("no po, eso va pa la DOM", "obras"),
    ("mejor mándelo a Aseo", "aseo"),
    ("no, este reclamo va a ir para inspección", "inspeccion"),
])
def test_the_department_changes_and_the_resident_stays(chat, dispatcher, correction: str, unit: str) -> None:
    chat(COMPLAINT)
    [preview] = chat(correction)
    assert "Marisol Figueroa" in preview.text, preview.text
    assert "Vecino/a: pa" not in preview.text and "Vecino/a: va" not in preview.text, preview.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == unit and complaint.citizen == "Marisol Figueroa", (complaint.department,
                                                                                      complaint.citizen)


@pytest.mark.parametrize("correction", ["no, eso va pa Operaciones", "No, el reclamo va para Operaciones.",
                                        "no, va pa operaciones nomás"])
def test_the_department_said_again_leaves_the_resident(chat, dispatcher, correction: str) -> None:
    chat("Reclamo de la vecina Marisol Figueroa, Villa Los Héroes, calle Arturo Prat 345: hay un hoyo en la vereda")
    [preview] = chat(correction)
    assert "Marisol Figueroa" in preview.text and "Operaciones" in preview.text, preview.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "operaciones" and complaint.citizen == "Marisol Figueroa", complaint.citizen
