"""A note told to the complaint in focus with an adding verb that carries it as «le» («agrégale que …», «súmele
que …», «anótale: …»): a note on that complaint, not a new complaint. A preview, «sí», and «deshacer» takes it
back."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINTS = ["reclamo de doña Rosa Araya: se cortó la luz del poste de calle Prat 120",
              "Registre un reclamo del vecino Hugo Paredes, el camion de la basura no pasa hace 2 semanas"]
NOTES = [("agrégale que además el poste está inclinado", "además el poste está inclinado"),
         ("Por favor agréguele que la vecina volvió a llamar hoy", "la vecina volvió a llamar hoy"),
         ("sumale q tb hay ramas en el cable", "hay ramas en el cable"),
         ("ponle en el reclamo que ya fue la cuadrilla", "ya fue la cuadrilla"),
         ("anótele: la señora pide que la llamen en la tarde", "la señora pide que la llamen en la tarde")]


@pytest.mark.parametrize(("line", "note"), NOTES)
@pytest.mark.parametrize("complaint", COMPLAINTS)
def test_a_note_told_with_le_goes_to_the_complaint_in_focus(chat, dispatcher, complaint: str, line: str,
                                                             note: str) -> None:
    *_, proposed, saved = chat(complaint, "sí", line, "sí")
    assert "Nota:" in proposed.text and "Nuevo reclamo" not in proposed.text, proposed.text
    [stored_complaint] = stored(dispatcher, Complaint)
    assert note in (stored_complaint.notes or ""), saved.text
    chat("deshacer")
    assert not stored(dispatcher, Complaint)[0].notes


def test_a_note_after_a_complaint_is_shown(chat, dispatcher) -> None:
    chat(COMPLAINTS[0], "sí", "muéstrame el reclamo 1")
    proposed, _ = chat("agrégale que la empresa eléctrica ya fue avisada", "sí")
    assert "R-2026-0001" in proposed.text and "Nota:" in proposed.text, proposed.text
    assert "empresa eléctrica" in (stored(dispatcher, Complaint)[0].notes or "")
