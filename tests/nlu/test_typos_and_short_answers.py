"""Key words misspelt and answers cut short should not change what a message asks for. Sentences written for
these tests; the figures come from weights, so each checks one behaviour a user would notice."""

from __future__ import annotations

from datetime import datetime

NOW = datetime(2027, 3, 8, 9, 30)


def test_a_misspelt_mayor_is_still_the_mayor(parser):
    assert parser.normalize("el alcade y la alcadesa").norm == "el alcalde y la alcaldesa"


def test_a_title_then_the_answer_declines_an_invitation(parser):
    result = parser.parse("Feria costumbrista de Quillota: declinar.", NOW).as_json()
    assert result["intent"] == "invitation.respond"
    assert result["slots"]["response"] == "declined"
    assert result["slots"]["reference"] == "Feria costumbrista de Quillota"
