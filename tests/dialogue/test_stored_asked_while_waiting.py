"""«¿quedó guardado?», «¿lo guardaste?» while a proposal still waits for its yes: nothing is stored yet, and the
answer says so and shows what waits (the proposal stays, with its buttons), instead of reading the question as a
yes or as a new request."""

from __future__ import annotations

import pytest

from handlers.reply import PendingKind
from storage.legal import TransparencyRequest
from storage.models import Complaint, Event
from tests.dialogue.talk import stored

MEETING = "reunión con bomberos el viernes a las 10"


@pytest.mark.parametrize("question", ["¿quedó guardado?", "¿lo guardaste?", "oiga, ¿ya se guardó?",
                                      "q, quedó anotado?", "lo guardaste bien", "¿Lo guardó, por favor?"])
def test_a_stored_question_before_the_yes_says_nothing_is_stored(chat, dispatcher, question: str) -> None:
    _, asked = chat(MEETING, question)
    assert asked.text.startswith("Todavía no"), asked.text
    assert "reunión con bomberos" in asked.text, asked.text
    assert asked.pending is not None and asked.pending.kind is PendingKind.CONFIRM and asked.choices
    assert stored(dispatcher, Event) == []
    _, saved = chat("sí", "¿quedó guardado?")
    assert len(stored(dispatcher, Event)) == 1
    assert "reunión con bomberos" in saved.text and not saved.text.startswith("Todavía no"), saved.text


def test_a_stored_question_while_a_detail_is_asked_keeps_asking(chat, dispatcher) -> None:
    chat("llegó solicitud de transparencia de Juan Pérez q pide las actas del concejo", "sí")
    _, asked = chat("ya se respondió", "¿quedó guardado?")
    assert asked.text.startswith("Todavía no") and "¿Cómo se respondió?" in asked.text, asked.text
    assert stored(dispatcher, TransparencyRequest)[0].status == "recibida"


COMPLAINT = "reclamo de Juan Soto, Los Aromos 123: hay un hoyo en la calle"


@pytest.mark.parametrize("question", ["¿ya quedó cambiado?", "¿se cambió?", "¿quedó movido?",
                                      "oiga, ¿lo cambió?", "q, se derivó?"])
def test_a_changed_question_before_the_yes_says_nothing_changed(chat, dispatcher, question: str) -> None:
    chat(COMPLAINT, "sí")
    _, asked = chat("cambie el departamento del reclamo 1 a obras", question)
    assert asked.text.startswith("Todavía no") and "cambi" in asked.text.splitlines()[0], asked.text
    assert "Dirección de Obras" in asked.text, asked.text
    assert asked.pending is not None and asked.pending.kind is PendingKind.CONFIRM and asked.choices
    assert stored(dispatcher, Complaint)[0].department == "operaciones"
