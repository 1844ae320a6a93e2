"""«mmm no, déjalo, …» or «ehh no, olvídalo, …» to a preview: a sound of thinking before the «no» changes nothing —
the proposal is dropped, and the reason after it is not read as a note or a correction."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("answer", ["mmm no, déjalo, la directiva todavía no responde",
                                    "ehh no, olvídalo, el alcalde no alcanza", "mm no"])
def test_a_no_after_a_hesitation_drops_the_proposal(chat, dispatcher, answer) -> None:
    *_, reply = chat("agenda once con la directiva del club de adulto mayor Renacer el jueves a las 17 en la sede",
                     answer)
    assert reply.pending is None and "Descartado" in reply.text, reply.text
    assert stored(dispatcher, Event) == []
