"""«anótelo: mayor Claudio Paredes, comisario de la Cuarta Comisaría, teléfono …» after a look-up that found nobody: an
adding verb that brings a person with a post or rank and a phone adds that contact (previewed first), whatever record
its pronoun seems to point at; «mayor» before a capitalised name is a rank, never the «Personas Mayores» of an
efeméride. A resident told the same way, with no post, is no contact."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("card", "name", "phone"), [
    ("ya, entonces anotelo: mayor Claudio Paredes, comisario de la Cuarta Comisaria La Union, telefono nueve seis "
     "siete seis cinco cuatro tres uno cero", "Claudio Paredes", "+56967654310"),
    ("Agréguelo, por favor: capitán Rodrigo Soto, jefe de la Segunda Compañía de Bomberos, celular 9 8765 4321",
     "Rodrigo Soto", "+56987654321"),
    ("ya anotala xfa: teniente Paula Rojas, subcomisaria de la Tenencia Centro, fono 987651234",
     "Paula Rojas", "+56987651234"),
    ("anotalo vo: sargento Juan Pérez, encargado del retén Las Cruces, 9 5555 1234", "Juan Pérez", "+56955551234"),
])
def test_the_card_told_after_nobody_was_found_is_a_new_contact(chat, dispatcher, card: str, name: str,
                                                                phone: str) -> None:
    [missing] = chat("¿me puede dar el teléfono del comisario de carabineros?")
    assert "no encontr" in missing.text.lower(), missing.text
    [preview] = chat(card)
    assert name in preview.text and "efeméride" not in preview.text.lower(), preview.text
    chat("sí")
    [contact] = stored(dispatcher, Contact)
    assert (contact.name, contact.phone) == (name, phone), (contact.name, contact.phone)
