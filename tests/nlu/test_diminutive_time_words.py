"""Time words softened with a diminutive («la próxima semanita», «el juevecito», «este mesecito», «tempranito») mean
the word itself: the date grammar reads them through the forms `nlu.diminutives` spells from its listed words, while
a title keeps what was written. Sentences written for these tests, on other dates than any corpus line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nlu.diminutives import base_words, diminutives

NOW = datetime(2027, 5, 12, 11, 0)  # a Wednesday


@pytest.mark.parametrize(("word", "form"), [
    ("semana", "semanita"), ("mes", "mesecito"), ("dia", "diita"), ("rato", "ratito"), ("jueves", "juevecito"),
    ("lunes", "lunecito"), ("domingo", "dominguito"), ("luego", "lueguito"), ("tarde", "tardecita"),
    ("temprano", "tempranito"),
])
def test_a_diminutive_is_spelled_from_its_word(word, form):
    assert diminutives(word)[form] == word


def test_a_plural_diminutive_stands_for_the_plural_and_a_listed_word_for_itself():
    table = base_words(["semana", "mes"])
    assert table["semanitas"] == "semanas"
    assert table["mesecitos"] == "meses"
    assert "mesita" not in table


@pytest.mark.parametrize(("text", "intent", "first", "last"), [
    ("¿me muestra los compromisos de la semanita que viene, porfa?", "agenda.query", date(2027, 5, 17),
     date(2027, 5, 23)),
    ("qué tenemos para esta semanita", "agenda.query", date(2027, 5, 10), date(2027, 5, 16)),
    ("efemérides del mesecito que viene", "efemeride.query", date(2027, 6, 1), date(2027, 6, 30)),
    ("¿qué hay el juevecito?", "agenda.query", date(2027, 5, 13), date(2027, 5, 13)),
])
def test_a_range_said_with_a_diminutive_is_read(parser, text, intent, first, last):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert (understanding.slots["date_from"], understanding.slots["date_to"]) == (first, last)


@pytest.mark.parametrize(("text", "start"), [
    ("agéndele al alcalde una reunión con la junta vecinal el lunecito a las nueve", datetime(2027, 5, 17, 9, 0)),
    ("anote una visita al jardín infantil el viernecito 21 a las 11", datetime(2027, 5, 21, 11, 0)),
    ("agende el operativo de salud el sabadito a las diez de la mañanita", datetime(2027, 5, 15, 10, 0)),
])
def test_an_event_on_a_diminutive_day_gets_its_start(parser, text, start):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["start"] == start
