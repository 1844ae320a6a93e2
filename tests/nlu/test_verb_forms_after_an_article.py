"""A request verb's form right after an article or a possessive is a noun and asks for nothing: «la agenda del
jueves» books nothing, «la muestra de fin de año» shows nothing. After a clitic the article is a pronoun."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


def requests(parser, text: str) -> set[str]:
    features, _ = parser.scorer.evidence(parser._context(text, NOW))
    return {f for f in features if f.startswith(("rq:", "rq0:", "nm:register"))}


@pytest.mark.parametrize(("text", "meaning"), [
    ("¿me confirma la agenda del viernes?", "rq:book"),
    ("Estimada, necesito su agenda de la próxima semana", "rq:book"),
    ("llegó invitación del liceo a la muestra de fin de año", "rq:show"),
    ("el registro de la feria quedó listo", "nm:register"),
])
def test_a_verb_form_after_an_article_is_a_noun(parser, text, meaning):
    assert meaning not in requests(parser, text)


@pytest.mark.parametrize(("text", "meaning"), [
    ("agenda reunión con el seremi el martes a las 10", "rq:book"),
    ("me la agenda para el martes a las 10 porfa", "rq:book"),
    ("muestra las invitaciones pendientes", "rq:show"),
])
def test_the_verb_itself_still_asks(parser, text, meaning):
    assert meaning in requests(parser, text)


@pytest.mark.parametrize(("text", "intent"), [
    ("¿podría confirmarme la agenda del martes?", "agenda.query"),
    ("oye, llegó invitación de la escuela Los Copihues a la muestra de fin de año", "invitation.create"),
])
def test_the_reading_follows(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent
