"""«Olivares ya no está en la DOM, ahora es el administrador municipal»: a new post that names no institution leaves
the old one behind (shown in the preview, undoable), so asking for the head of the old one no longer finds him; a
new post that names its own institution takes it."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored

OLIVARES = "agrega contacto Pedro Olivares, director de obras de la DOM, fono +56 9 1234 5678"


@pytest.mark.parametrize("line", ["Olivares ya no está en la dom, ahora es el administrador municipal",
                                  "oye Olivares ahora es administrador municipal, actualízalo xfa",
                                  "Don Pedro Olivares asumió como administrador municipal; actualice su cargo",
                                  "el nuevo cargo de Pedro Olivares es administrador municipal, cámbialo"])
def test_a_new_post_without_institution_drops_the_old_one(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(OLIVARES, "sí", line, "sí")
    assert "institución: DOM" in proposed.text, proposed.text
    [olivares] = stored(dispatcher, Contact)
    assert olivares.role == "administrador municipal" and olivares.institution is None, saved.text
    [asked] = chat("¿quién es el director de la dom?")
    assert "Olivares" not in asked.text, asked.text
    chat("deshacer")
    [olivares] = stored(dispatcher, Contact)
    assert olivares.institution == "DOM"


def test_a_new_post_naming_its_institution_takes_it(chat, dispatcher) -> None:
    chat(OLIVARES, "sí", "Pedro Olivares ahora es director del CESFAM", "sí")
    [olivares] = stored(dispatcher, Contact)
    assert olivares.institution == "CESFAM", olivares
