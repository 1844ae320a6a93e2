"""«ya te confirmo», «le aviso más rato» while a proposal waits promise an answer: nothing is stored, and the proposal
still waits for its «sí»."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("words", ["ya te confirmo", "ok, le aviso más rato",
                                   "pucha, el jefe no contesta, ya le confirmo"])
def test_a_promise_to_confirm_stores_nothing(chat, dispatcher, words: str) -> None:
    _, reply = chat("agéndame reunión con la Mesa de Seguridad el jueves 26 a las 9 en la comisaría", words)
    assert reply.pending is not None and not reply.stored, reply.text
    assert stored(dispatcher, Event) == []
    [saved] = chat("sí")
    assert saved.stored and len(stored(dispatcher, Event)) == 1


def test_a_plain_yes_with_confirmo_still_stores(chat, dispatcher) -> None:
    _, saved = chat("agéndame reunión con la Mesa de Seguridad el jueves 26 a las 9 en la comisaría", "ya, confirmo")
    assert saved.stored, saved.text
