"""«agrega contacto: Pedro Soto» while another new contact waits: the verb that would store the waiting one opens
another record of its kind. The new one is proposed and the waiting one is kept, so neither is stored unasked nor
lost."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored


@pytest.mark.parametrize("another", [
    "agrega contacto: Pedro Soto",
    "agregue también el contacto de don Pedro Soto",
    "guarda contacto: Pedro Soto",
])
def test_another_contact_is_proposed_and_the_first_kept(chat, dispatcher, another) -> None:
    _, proposed = chat("agrega contacto: Alejandra Riquelme, fono 9 2233 4455", another)
    assert "Pedro Soto" in proposed.text and "guardado" not in proposed.text, proposed.text
    assert stored(dispatcher, Contact) == []
    chat("sí", "sí")
    assert sorted(contact.name for contact in stored(dispatcher, Contact)) == ["Alejandra Riquelme", "Pedro Soto"]


def test_a_verb_that_stores_it_still_accepts(chat, dispatcher) -> None:
    chat("agrega contacto: Alejandra Riquelme, fono 9 2233 4455", "ya, agrégalo nomás")
    assert [contact.name for contact in stored(dispatcher, Contact)] == ["Alejandra Riquelme"]
