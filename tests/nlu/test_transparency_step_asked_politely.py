"""A transparency step asked for as a polite question («¿sería posible prorrogar la de X?», «¿me ayuda a entregar
…?») is the step, not a look-up of the request; a question about the step («¿se prorrogó?», «¿cuáles están
prorrogadas?») stays a question."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 30)


@pytest.mark.parametrize(("text", "step", "reference"), [
    ("¿sería posible prorrogar la de doña Inés Carrasco? la unidad no alcanza", "prorrogar", "Inés Carrasco"),
    ("¿podríamos pedir prórroga para la solicitud de Tomás Vera?", "prorrogar", "Tomás Vera"),
    ("¿se podrá ampliar el plazo de la MU042T0000917?", "prorrogar", "MU042T0000917"),
    ("¿me ayuda a prorrogar la de Marisol Fuentes, porfa?", "prorrogar", "Marisol Fuentes"),
])
def test_a_step_asked_for_politely_is_the_step(parser, text: str, step: str, reference: str) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "transparency.update", understood
    assert understood.slots["step"] == step and reference in understood.slots["reference"], understood.slots


@pytest.mark.parametrize("text", ["¿cuándo vence la prórroga de la de Tomás Vera?",
                                  "¿cuáles solicitudes de transparencia están prorrogadas?"])
def test_a_question_about_the_step_is_a_look_up(parser, text: str) -> None:
    assert parser.parse(text, NOW).intent == "transparency.query"
