"""News that the resident of a stored complaint got in touch with a new phone («don Ramón Espinoza llamó, cambió su
número, ahora es …», «la vecina del reclamo cambió de celu: …», «el caballero dejó otro fono, …»): that complaint's
change, previewed with what it was and undoable; never a new contact, and «llamó» never a post (sentences written for
these tests only)."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "Reclamo de don Ramón Espinoza, Av. Walker Martínez 2150: luminaria apagada hace un mes. Fono 9 2233 4455"


@pytest.mark.parametrize("line", [
    "Don Ramón Espinoza llamó, cambió su número, ahora es el 9 8877 6655",
    "la vecina del reclamo cambió de celu: 9 8877 6655",
    "el caballero dejó otro fono, el 9 8877 6655",
    "Se informa que don Ramón Espinoza cambió su teléfono; el nuevo es +56 9 8877 6655",
    "oiga, el señor Espinoza avisó que tiene otro celular, el 9 8877 6655",
])
def test_news_of_a_new_phone_changes_the_complaint(chat, dispatcher, line) -> None:
    chat(COMPLAINT, "sí")
    proposed, saved = chat(line, "sí")
    assert "R-2026-0001" in proposed.text and "(antes: +56922334455)" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert (complaint.phone, complaint.citizen) == ("+56988776655", "Ramón Espinoza"), saved.text
    assert not stored(dispatcher, Contact)
    chat("deshacer")
    assert stored(dispatcher, Complaint)[0].phone == "+56922334455"

