"""How a person got in touch, said right after their name («don Pedro Soto llamó, …», «la señora Rojas avisa que
…»), is news of them, never their post (sentences written for these tests only)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 8, 9, 30)


@pytest.mark.parametrize(("text", "name"), [
    ("Don Ramón Espinoza llamó, cambió su número, ahora es el 9 8877 6655", "Ramón Espinoza"),
    ("la señora Gladys Rojas avisa que su fono nuevo es 9 8877 6655", "Gladys Rojas"),
    ("oye don pedro soto llamó, q su cel es el 9 8877 6655", "Pedro Soto"),
    ("Se informa que la Sra. Ana Vera escribió; su teléfono es +56 9 8877 6655", "Ana Vera"),
])
def test_a_telling_after_the_name_is_no_post(parser, text, name) -> None:
    slots = parser.parse_as(text, NOW, "contact.create").slots
    assert (slots.get("name"), slots.get("role"), slots.get("phone")) == (name, None, "+56988776655")


def test_a_post_after_the_name_is_still_read(parser) -> None:
    text = "agrega a Marcela Oyarzún, capitana de puerto de Castro, 9 1111 2233"
    assert parser.parse_as(text, NOW, "contact.create").slots["role"] == "capitana de puerto"
