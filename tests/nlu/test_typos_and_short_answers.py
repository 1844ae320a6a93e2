"""Key words misspelt and answers cut short should not change what a message asks for. Sentences written for
these tests; the figures come from weights, so each checks one behaviour a user would notice."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 8, 9, 30)


def test_a_misspelt_mayor_is_still_the_mayor(parser):
    assert parser.normalize("el alcade y la alcadesa").norm == "el alcalde y la alcaldesa"


def test_a_title_then_the_answer_declines_an_invitation(parser):
    result = parser.parse("Feria costumbrista de Quillota: declinar.", NOW).as_json()
    assert result["intent"] == "invitation.respond"
    assert result["slots"]["response"] == "declined"
    assert result["slots"]["reference"] == "Feria costumbrista de Quillota"


@pytest.mark.parametrize(("text", "word", "start"), [
    ("agenda la exposición de la escuela de artes el viernes a las 18", "artes", datetime(2027, 3, 12, 18, 0)),
    ("el club adulto mayor invita al campeonato de dominó el sábado a las 16", "dominó",
     datetime(2027, 3, 13, 16, 0)),
    ("agenda visita a los vecinos de la manzana 12 el miércoles 10 a las 11", "manzana",
     datetime(2027, 3, 10, 11, 0)),
])
def test_a_word_of_its_own_one_letter_from_a_day_is_not_read_as_that_day(parser, text, word, start):
    understanding = parser.parse(text, NOW)
    assert word in understanding.slots["title"]
    assert understanding.slots["start"] == start
