"""«déjalo como estaba», «vuelve atrás» right after a change: the change is taken back, as «deshacer» does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("words", ["uy, déjala como estaba", "mejor no, vuelve a ponerla como antes po",
                                   "vuelve atrás porfa"])
def test_restoring_words_undo_the_last_change(chat, words: str) -> None:
    chat("agéndame ensayo de la banda municipal el jueves 26 a las 18 en el gimnasio", "sí",
         "cambia el lugar de la banda al teatro", "sí")
    [undone] = chat(words)
    assert undone.stored and undone.text.startswith("Deshecho"), undone.text
    [agenda] = chat("agenda del jueves 26")
    assert "gimnasio" in agenda.text and "teatro" not in agenda.text, agenda.text


def test_as_it_was_said_in_passing_is_no_undo(chat) -> None:
    chat("agéndame ensayo de la banda municipal el jueves 26 a las 18 en el gimnasio", "sí")
    [reply] = chat("como estaba diciendo, agenda reunión con la banda el viernes 27 a las 10")
    assert not reply.text.startswith("Deshecho"), reply.text
