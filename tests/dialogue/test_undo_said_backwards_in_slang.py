"""«échalo pa tras», «tírelo pa atrás», «vuelve atrás lo que hiciste», «deshace lo último»: the last thing stored is
taken back, in any voice, as «deshacer» does; the record stored before it stays."""

from __future__ import annotations

import pytest

from storage.models import Efemeride, Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("said", [
    "ups no, eso no era, échalo pa tras",
    "Por favor, tírelo pa atrás.",
    "vuelve atrás lo que hiciste",
    "deshace lo último",
    "devolvé eso pa atrás",
    "uy no perdón vuelva atrás lo que hizo",
])
def test_slang_backwards_undoes_the_last_record_only(chat, dispatcher, said) -> None:
    chat("agenda visita a la escuela rural El Culmen el miércoles 25 a las 10", "ok",
         "nueva efeméride 28 de mayo aniversario del club de huasos", "ya")
    [undone] = chat(said)
    assert undone.text.startswith("Deshecho") and "huasos" in undone.text, undone.text
    assert [event.title for event in stored(dispatcher, Event)] == ["visita a la escuela rural El Culmen"]
    assert not any("huasos" in efemeride.title for efemeride in stored(dispatcher, Efemeride))


def test_backwards_in_passing_is_no_undo(chat, dispatcher) -> None:
    chat("agenda visita a la escuela rural El Culmen el miércoles 25 a las 10", "ok")
    [reply] = chat("tras la visita agenda almuerzo con los apoderados a las 13")
    assert not reply.text.startswith("Deshecho"), reply.text
