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


@pytest.mark.parametrize(("correction", "when"), [
    ("mmm no, mejor a las 9 y media", "jueves 26 de noviembre, 09:30"),
    ("ehh no, mejor el viernes", "viernes 27 de noviembre, 17:00"),
    ("mm no.. que sea a las 6 mejor", "jueves 26 de noviembre, 18:00"),
    ("ehm no, a las cuatro y media", "jueves 26 de noviembre, 16:30"),
])
def test_a_hesitation_before_a_correction_changes_the_proposal(chat, dispatcher, correction, when) -> None:
    """The sound of thinking gives no reason for the «no»: what follows it is the value wanted, and the proposal,
    changed, still waits for its «sí»."""
    _, preview, saved = chat("agenda once con la directiva del club de adulto mayor Renacer el jueves a las 17 en la "
                             "sede", correction, "ya dale")
    assert preview.pending is not None and when in preview.text, preview.text
    assert "Renacer" in preview.text, preview.text
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert "Renacer" in event.title
