"""«¿y el fono de la otra?», «¿y el correo del otro?» after one of two listed contacts was picked: the other listed
one, shown, never a search for the word «otra»; picking one from the list leaves the list as it was."""

from __future__ import annotations

import pytest

MUNOZ = "agrega contacto Carolina Muñoz, jefa del departamento de salud, fono 9 6111 2233"
TAPIA = "agrega contacto Andrea Tapia, jefa del departamento de educación, fono 9 6222 3344"


@pytest.mark.parametrize("other", ["y el fono de la otra", "¿y el correo de la otra?", "¿y el de la otra?",
                                   "ok y la otra?"])
def test_the_other_of_two_listed_contacts_after_picking_one(chat, other) -> None:
    chat(MUNOZ, "sí", TAPIA, "sí")
    listed, picked, rest = chat("jefas de departamento", "el de educación", other)
    assert "Muñoz" in listed.text and "Tapia" in listed.text, listed.text
    assert "Tapia" in picked.text and "Muñoz" not in picked.text, picked.text
    assert "Muñoz" in rest.text and "6111" in rest.text and "Tapia" not in rest.text, rest.text


def test_the_other_after_a_pick_by_number_and_back(chat) -> None:
    chat(MUNOZ, "sí", TAPIA, "sí")
    *_, first, back = chat("jefas de departamento", "el 1", "y el fono de la otra", "y la otra?")
    assert first.text.count("Tel.") == 1 and back.text.count("Tel.") == 1, (first.text, back.text)
    assert {"Muñoz" in first.text, "Muñoz" in back.text} == {True, False}, (first.text, back.text)
