"""The resident named by how staff tell of the person who called («el nombre del caballero es Juan Pérez», «la señora
se llama doña Marta Soto»), while the complaint waits or right after it was stored: the name is the resident's, never
the complaint's title, and a stored complaint's change is previewed and undoable."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de vecino por bache en calle Los Aromos 123"


@pytest.mark.parametrize(("line", "name"), [
    ("el nombre del caballero es Juan Pérez", "Juan Pérez"),
    ("el caballero se llama don Juan Pérez", "Juan Pérez"),
    ("oye la señora se llama marta soto", "marta soto"),
    ("El nombre de la señora es Marta Soto.", "Marta Soto"),
])
def test_the_name_is_the_residents_while_waiting(chat, dispatcher, line: str, name: str) -> None:
    *_, proposed, _ = chat(COMPLAINT, line, "sí")
    assert f"Vecino/a: {name}" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == name and "bache" in complaint.description


@pytest.mark.parametrize("line", ["el nombre del caballero es Juan Pérez", "el caballero se llama Juan Pérez"])
def test_the_name_is_the_residents_after_storing(chat, dispatcher, line: str) -> None:
    *_, proposed, _ = chat(COMPLAINT, "sí", line, "sí")
    assert "Juan Pérez (antes: sin nombre)" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == "Juan Pérez"
    chat("deshacer")
    [complaint] = stored(dispatcher, Complaint)
    assert not complaint.citizen
