"""A «no» in slang («nah», «naa», «nica») discards the proposal; a goodbye that opens with «ya» («ya jaja, que le vaya
bien») wishes well and stores nothing; thanks with a vocative or the verb («gracias jefa», «se lo agradezco mucho»)
are thanks; a question the office does not handle, asked while a proposal waits, is answered as such and the
proposal still waits. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

LUNCH = "agenda almuerzo con la directiva de la junta de vecinos el jueves a las 13"


@pytest.mark.parametrize("line", ["nah mejor no, olvidalo", "naa, déjalo", "nica, mejor no", "Nah, no lo guardes."])
def test_a_no_in_slang_discards(chat, dispatcher, line: str) -> None:
    _, discarded = chat(LUNCH, line)
    assert "Descartado" in discarded.text and discarded.pending is None, discarded.text
    assert not stored(dispatcher, Event)


@pytest.mark.parametrize("line", ["ya jaja, que te vaya bien", "ya po, que le vaya bien", "Ya, que les vaya bien."])
def test_a_goodbye_opening_with_ya_stores_nothing(chat, dispatcher, line: str) -> None:
    _, answered = chat(LUNCH, line)
    assert "guardad" not in answered.text and answered.pending is not None, answered.text
    assert not stored(dispatcher, Event)


@pytest.mark.parametrize("line", ["ya, gracias compa", "gracias jefa!", "Se lo agradezco mucho", "le agradezco harto",
                                  "ok gracias colega", "ya, gracias cachai", "gracias po, sabís"])
def test_thanks_with_a_vocative_or_the_verb_are_thanks(chat, line: str) -> None:
    [answered] = chat(line)
    assert "No entendí" not in answered.text and "nada" in answered.text.lower(), answered.text


@pytest.mark.parametrize("line", ["gracias, nos vemos en el desfile",
                                  "ya, gracias, hablamos el lunes después del concejo",
                                  "Muchas gracias. Nos vemos mañana en la plaza"])
def test_thanks_with_a_goodbye_that_says_where_or_when_store_nothing(chat, dispatcher, line: str) -> None:
    _, saved, answered = chat(LUNCH, "sí", line)
    assert saved.stored and "nada" in answered.text.lower() and answered.pending is None, answered.text
    assert len(stored(dispatcher, Event)) == 1


def test_a_question_for_someone_else_while_a_proposal_waits(chat, dispatcher) -> None:
    _, answered, saved = chat(LUNCH, "oye y cuando pagan el aguinaldo de fiestas patrias?", "sí")
    assert "No entendí" in answered.text and "almuerzo" in answered.text and answered.pending is not None
    titles = [event.title for event in stored(dispatcher, Event)]
    assert titles == ["almuerzo con la directiva de la junta de vecinos"], saved.text
