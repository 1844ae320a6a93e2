"""When a yearly occasion falls, asked at the message's start («¿cuándo es el aniversario del liceo?»), is a question
for the efemérides, with the occasion's name to look it up; when a meeting is, or when the mayor has the
anniversary, is still the agenda's."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 4, 9, 0)


@pytest.mark.parametrize(("text", "title"), [
    ("¿cuándo es el aniversario del liceo?", "aniversario del liceo"),
    ("q día es el aniversario de la comuna?", "aniversario de la comuna"),
    ("cuándo cae el día del dirigente vecinal", "día del dirigente vecinal"),
    ("oye, ¿sabís cuándo es el Día del Bombero? pa saludarlos", "Día del Bombero"),
    ("Buenos días. ¿En qué fecha se celebra el Día del Funcionario Municipal?", "Día del Funcionario Municipal"),
])
def test_when_an_occasion_falls_asks_the_efemerides(parser, text, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "efemeride.query"
    assert understanding.slots == {"title": title}


@pytest.mark.parametrize("text", [
    "cuándo es la reunión con el seremi",
    "cuándo tiene el alcalde el aniversario del liceo",
])
def test_when_an_activity_is_asks_the_agenda(parser, text):
    assert parser.parse(text, NOW).intent == "agenda.query"
