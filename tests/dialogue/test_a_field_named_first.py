"""A contact's field named first, then «póngale / ponle / pónele» and its value («el cargo póngale director de
obras», «el correo ponle …»): that field of the contact the chat just showed changes, with a preview, a
confirmation and undo; never a search for a contact called «cargo póngale …»."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored

SOTO = "nuevo contacto: concejal Pedro Soto, cel 9 1111 2222"
MUNOZ = "nuevo contacto: Jorge Muñoz, seremi de salud, fono 9 8765 4321"


def _soto(dispatcher) -> Contact:
    return next(c for c in stored(dispatcher, Contact) if c.name == "Pedro Soto")


@pytest.mark.parametrize(("line", "role"), [
    ("el cargo póngale director de obras", "director de obras"),
    ("ya, el cargo ponle encargado de deportes xfa", "encargado de deportes"),
    ("el cargo pónele jefe de Dideco", "jefe de Dideco"),
    ("el cargo, póngale presidente del concejo por favor", "presidente del concejo"),
])
def test_the_post_named_first_changes_the_contact_shown(chat, dispatcher, line: str, role: str) -> None:
    *_, proposed, saved = chat(MUNOZ, "sí", SOTO, "sí", "contacto del concejal Soto", line, "sí")
    assert "Pedro Soto" in proposed.text and "No encontré" not in proposed.text, proposed.text
    assert _soto(dispatcher).role == role, saved.text
    chat("deshacer")
    assert _soto(dispatcher).role != role


@pytest.mark.parametrize("line", ["el correo póngale psoto@concejo.cl", "el mail ponle psoto@concejo.cl porfa"])
def test_the_mail_named_first_changes_the_contact_shown(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(MUNOZ, "sí", SOTO, "sí", "contacto del concejal Soto", line, "sí")
    assert "Pedro Soto" in proposed.text, proposed.text
    assert _soto(dispatcher).email == "psoto@concejo.cl", saved.text
