"""A question about the record just stored that names no object of its own («disculpe, ¿para cuándo debieran
responderle a la señora?») is answered with that record's due date, in one line, never a search for the words."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo del vecino Pedro Soto por luminaria apagada en calle Esmeralda 820"


@pytest.mark.parametrize("question", ["Disculpe, ¿para cuándo hay que responderle al vecino?",
                                      "oiga y cuándo tenemos que contestarle al caballero?",
                                      "una consulta, ¿qué plazo hay para responder?",
                                      "pa cuando hay q resolverlo"])
def test_a_question_with_no_object_shows_the_record_in_focus(chat, question) -> None:
    _, saved, shown = chat(COMPLAINT, "sí", question)
    assert saved.stored, saved.text
    assert "R-2026-0001" in shown.text and "vence el lunes 7 de diciembre" in shown.text, shown.text
