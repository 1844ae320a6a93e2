"""A contact's new phone or e-mail told as news («Se informa que Pedro Soto cambió su teléfono, ahora es …»): the
stored contact changes, after a preview of old → new, with undo; with no such contact the reply says so and how to
add it, never a new contact whose post is «cambió» nor a change of an efeméride whose name looks alike
(«San Pedro y San Pablo»)."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored

SOTO = "nuevo contacto: Pedro Soto, encargado de deportes, cel 9 1111 2222"
NEWS = [
    "Se informa que Pedro Soto cambió su teléfono, ahora es 9 1234 5678",
    "oye el Pedro Soto se cambió de número, el nuevo es 9 1234 5678",
    "Estimados: informo que don Pedro Soto cambió su celular, el nuevo es +56 9 1234 5678. Saludos",
    "pedro soto cambio de fono ahora es nueve uno dos tres cuatro cinco seis siete ocho",
]


@pytest.mark.parametrize("line", NEWS)
def test_the_stored_contact_gets_the_new_phone(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(SOTO, "sí", line, "sí")
    assert "+56911112222 → +56912345678" in proposed.text, proposed.text
    assert [c.phone for c in stored(dispatcher, Contact)] == ["+56912345678"], saved.text
    chat("deshacer")
    assert [c.phone for c in stored(dispatcher, Contact)] == ["+56911112222"]


@pytest.mark.parametrize("line", NEWS)
def test_with_no_such_contact_the_reply_says_so(chat, dispatcher, line: str) -> None:
    reply = chat(line)[-1]
    assert reply.text.startswith("No encontré un contacto"), reply.text
    assert "agregar contacto" in reply.text and reply.pending is None
    assert stored(dispatcher, Contact) == []
