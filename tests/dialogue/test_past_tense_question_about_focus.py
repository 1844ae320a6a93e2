"""«¿a qué hora era?», «¿y dónde era?» right after a record was stored ask about it, in the past tense people use to
check what they told; «¿qué hora es?» asks nothing about it. An activity is shown in its day's agenda, and «¿qué más
tiene ese día?» asks for that day."""

from __future__ import annotations

import pytest

STORED = ("llegó invitación del Rotary Club Chiguayante a la cena de socios el jueves 26 a las 21 en el Club de Campo",
          "sí")


@pytest.mark.parametrize("question", ["¿a qué hora era?", "y dónde era?", "oye, ¿cuándo era?"])
def test_a_past_tense_question_shows_the_record_in_focus(chat, question: str) -> None:
    chat(*STORED)
    [shown] = chat(question)
    assert "cena de socios" in shown.text and "21:00" in shown.text, shown.text


ACTIVITY = ("agenda reunión con la junta de vecinos Villa Esperanza el jueves 10 a las 18 en la sede social", "sí")


@pytest.mark.parametrize("question", ["¿y dónde era?", "a qué hora era", "oiga, ¿a qué hora quedó?"])
def test_a_question_about_an_activity_just_stored_shows_it(chat, question: str) -> None:
    chat(*ACTIVITY)
    [shown] = chat(question)
    assert "Villa Esperanza" in shown.text and "18:00" in shown.text and "sede social" in shown.text, shown.text


@pytest.mark.parametrize("question", ["¿qué más tiene ese día?", "y qué más hay ese día", "q mas tiene ese mismo dia"])
def test_what_else_that_day_lists_the_day_of_the_activity(chat, question: str) -> None:
    chat("agenda desayuno con los dirigentes el jueves 10 a las 9", "sí", *ACTIVITY)
    [day] = chat(question)
    assert "jueves 10" in day.text and "desayuno" in day.text and "Villa Esperanza" in day.text, day.text


def test_asking_the_time_is_not_about_the_record(chat) -> None:
    chat(*STORED)
    [reply] = chat("qué hora es?")
    assert "cena de socios" not in reply.text, reply.text
