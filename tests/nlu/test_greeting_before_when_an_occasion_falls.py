"""A greeting or a salutation before «¿cuándo es …?» («Estimados, …», «Buenas tardes, consulta: …», «wena, xfa …»)
leaves it a question about when an occasion falls: any greeting or courtesy of the gazetteer is skipped, not a list
of the efemérides' own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title"), [
    ("Estimados, ¿en qué fecha es el aniversario de la comuna?", "aniversario de la comuna"),
    ("Buenas tardes, consulta: ¿cuándo cae el día del bombero?", "día del bombero"),
    ("wena, xfa ¿q día cae el día del dirigente vecinal?", "día del dirigente vecinal"),
    ("estimada colega junto con saludar, ¿me podría decir cuándo es el aniversario de la comuna?",
     "aniversario de la comuna"),
    ("hola buenos días una pregunta cuándo se celebra el día de la mujer", "día de la mujer"),
])
def test_a_greeting_before_the_question_is_skipped(read, text: str, title: str) -> None:
    reading = read(text)
    assert reading["intent"] == "efemeride.query"
    assert reading["title"].lower() == title


def test_a_request_before_it_is_no_greeting(read) -> None:
    assert read("recuérdame cuándo es el aniversario del liceo")["intent"] != "efemeride.query"
