"""A detail told for someone the proposal already names, by part of the name («el fono de doña Rosa es …» while
«Rosa Quezada» is the resident), gives that person the detail and keeps the whole name."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored


@pytest.mark.parametrize("words", ["el fono de doña Rosa es 9 7711 2233", "el cel de la sra Quezada: 9 7711 2233",
                                   "y el número de Rosa Quezada es el 9 7711 2233"])
def test_a_phone_for_the_resident_named_by_part_of_the_name_keeps_the_name(chat, dispatcher, words: str) -> None:
    _, shown, saved = chat("reclamo: se cayó un árbol sobre la vereda en pasaje Los Tilos 88, avisa Rosa Quezada",
                           words, "sí")
    assert "Rosa Quezada" in shown.text and "77112233" in shown.text, shown.text
    assert saved.stored
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == "Rosa Quezada"


def test_another_name_for_the_resident_still_replaces_it(chat) -> None:
    _, shown = chat("reclamo: se cayó un árbol sobre la vereda en pasaje Los Tilos 88, avisa Rosa Quezada",
                    "no, la vecina es Marta Quezada")
    assert "Marta Quezada" in shown.text, shown.text
