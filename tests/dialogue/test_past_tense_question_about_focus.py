"""«¿a qué hora era?», «¿y dónde era?» right after a record was stored ask about it, in the past tense people use to
check what they told; «¿qué hora es?» asks nothing about it."""

from __future__ import annotations

import pytest

STORED = ("llegó invitación del Rotary Club Chiguayante a la cena de socios el jueves 26 a las 21 en el Club de Campo",
          "sí")


@pytest.mark.parametrize("question", ["¿a qué hora era?", "y dónde era?", "oye, ¿cuándo era?"])
def test_a_past_tense_question_shows_the_record_in_focus(chat, question: str) -> None:
    chat(*STORED)
    [shown] = chat(question)
    assert "cena de socios" in shown.text and "21:00" in shown.text, shown.text


def test_asking_the_time_is_not_about_the_record(chat) -> None:
    chat(*STORED)
    [reply] = chat("qué hora es?")
    assert "cena de socios" not in reply.text, reply.text
