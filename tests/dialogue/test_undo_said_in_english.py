"""«hazle undo a eso», «dale undo»: the English word for undo, as a light verb's object, takes back the last record."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("words", ["hazle undo a eso", "dale undo", "undo", "hágale undo al último porfa"])
def test_undo_said_in_english_takes_back_the_last_record(chat, words: str) -> None:
    chat("agenda reunión con carabineros el martes 24 a las 10 en la comisaría", "sí",
         "agenda también visita al CESFAM el miércoles 25 a las 12", "sí")
    [undone] = chat(words)
    assert undone.text.startswith("Deshecho") and "CESFAM" in undone.text, undone.text
