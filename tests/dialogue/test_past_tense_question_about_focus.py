"""«¿a qué hora era?», «¿y dónde era?» right after a record was stored ask about it, in the past tense people use to
check what they told, answered with the detail asked; «¿qué hora es?» asks nothing about it, and «¿qué más tiene ese
día?» asks for that day."""

from __future__ import annotations

import pytest

STORED = ("llegó invitación del Rotary Club Chiguayante a la cena de socios el jueves 26 a las 21 en el Club de Campo",
          "sí")


@pytest.mark.parametrize(("question", "detail"), [("¿a qué hora era?", "21:00"), ("y dónde era?", "Club de Campo"),
                                                  ("oye, ¿cuándo era?", "jueves 26 de noviembre, 21:00")])
def test_a_past_tense_question_shows_the_record_in_focus(chat, question: str, detail: str) -> None:
    chat(*STORED)
    [shown] = chat(question)
    assert "cena de socios" in shown.text and detail in shown.text, shown.text


ACTIVITY = ("agenda reunión con la junta de vecinos Villa Esperanza el jueves 10 a las 18 en la sede social", "sí")


@pytest.mark.parametrize(("question", "detail"), [("¿y dónde era?", "sede social"), ("a qué hora era", "18:00"),
                                                  ("oiga, ¿a qué hora quedó?", "18:00")])
def test_a_question_about_an_activity_just_stored_shows_it(chat, question: str, detail: str) -> None:
    chat(*ACTIVITY)
    [shown] = chat(question)
    assert "Villa Esperanza" in shown.text and detail in shown.text, shown.text


@pytest.mark.parametrize("question", ["¿qué más tiene ese día?", "y qué más hay ese día", "q mas tiene ese mismo dia"])
def test_what_else_that_day_lists_the_day_of_the_activity(chat, question: str) -> None:
    chat("agenda desayuno con los dirigentes el jueves 10 a las 9", "sí", *ACTIVITY)
    [day] = chat(question)
    assert "jueves 10" in day.text and "desayuno" in day.text and "Villa Esperanza" in day.text, day.text


def test_asking_the_time_is_not_about_the_record(chat) -> None:
    chat(*STORED)
    [reply] = chat("qué hora es?")
    assert "cena de socios" not in reply.text, reply.text
