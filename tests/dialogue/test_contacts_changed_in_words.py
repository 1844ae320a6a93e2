"""A contact changed in words: a field added to the one just shown («agrega el correo … a su ficha», «agrégale el
mail …») or to one named («ponle el correo … al concejal Soto»), and one who left removed («el concejal Soto ya no
está, bórralo»), whatever contact the chat showed last. Each with a preview, a confirmation and undo."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored

MUNOZ = "nuevo contacto: Jorge Muñoz, seremi de salud, fono 9 8765 4321"
SOTO = "nuevo contacto: concejal Pedro Soto, cel 9 1111 2222"


def _contacts(dispatcher) -> dict[str, Contact]:
    return {c.name: c for c in stored(dispatcher, Contact)}


@pytest.mark.parametrize("line", [
    "agrega el correo psoto@concejo.cl a su ficha",
    "agrégale el correo psoto@concejo.cl",
    "súmale el mail psoto@concejo.cl porfa",
    "Favor agregar el correo psoto@concejo.cl a sus datos.",
])
def test_a_field_added_to_the_contact_just_shown(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(MUNOZ, "sí", SOTO, "sí", "contacto del concejal Soto", line, "sí")
    assert "psoto@concejo.cl" in proposed.text and "Nuevo contacto" not in proposed.text, proposed.text
    assert _contacts(dispatcher)["Pedro Soto"].email == "psoto@concejo.cl", saved.text
    assert len(_contacts(dispatcher)) == 2


@pytest.mark.parametrize("line", [
    "ponle el correo psoto@concejo.cl al concejal Soto",
    "agrégale el mail psoto@concejo.cl a Pedro Soto",
])
def test_a_field_added_to_a_contact_named(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(SOTO, "sí", MUNOZ, "sí", line, "sí")
    assert "Pedro Soto" in proposed.text, proposed.text
    assert _contacts(dispatcher)["Pedro Soto"].email == "psoto@concejo.cl", saved.text


@pytest.mark.parametrize("line", [
    "el concejal Soto ya no está, bórralo",
    "Soto ya no trabaja en la muni, elimínelo",
    "el concejal soto renuncio, sacalo xfa",
])
def test_someone_who_left_is_removed_and_comes_back_with_undo(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(SOTO, "sí", MUNOZ, "sí", line, "sí")
    assert "Pedro Soto" in proposed.text and "Muñoz" not in proposed.text, proposed.text
    assert set(_contacts(dispatcher)) == {"Jorge Muñoz"}, saved.text
    undone = chat("deshacer")[0]
    assert set(_contacts(dispatcher)) == {"Jorge Muñoz", "Pedro Soto"}, undone.text
