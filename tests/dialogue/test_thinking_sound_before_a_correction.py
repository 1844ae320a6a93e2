"""A thinking sound before a «no» that corrects the proposal («mmm no, mejor a las 9 y media», «ehh no, en la sala
de concejo»): the sound says nothing of its own, so the «no» leads to the correction and nothing is discarded; a
«mmm no, déjalo» still discards."""

from __future__ import annotations

import pytest

MEETING = "agenda reunión con el seremi de obras públicas el jueves 26 a las 10 en la municipalidad"


@pytest.mark.parametrize(("correction", "shown"), [
    ("mmm no, mejor a las 9 y media", "jueves 26 de noviembre, 09:30"),
    ("ehh no, a las once", "jueves 26 de noviembre, 11:00"),
    ("mm no, en la sala de concejo", "Lugar: sala de concejo"),
    ("hmm no, el viernes 27", "viernes 27 de noviembre, 10:00"),
])
def test_a_thinking_sound_then_no_corrects_the_proposal(chat, correction, shown) -> None:
    _, preview = chat(MEETING, correction)
    assert shown in preview.text and "seremi de obras públicas" in preview.text, preview.text
    assert preview.pending is not None and "Descartado" not in preview.text, preview.text


def test_a_thinking_sound_then_a_dismissal_still_discards(chat) -> None:
    _, reply = chat(MEETING, "mmm no, déjalo")
    assert "Descartado" in reply.text and reply.pending is None, reply.text
