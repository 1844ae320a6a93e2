"""An elliptical follow-up of the last look-up («¿y el de conaf?») said while a proposal or a question waits is
answered as that look-up about the new thing, and what waits still waits, visibly."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

CONTACTS = ("nuevo contacto Rosa Aguilera, directora del Hospital Regional, 9 7788 1122", "sí",
            "nuevo contacto Pedro Soto, jefe provincial de CONAF, 9 6655 4433", "sí",
            "¿cuál es el fono de la directora del hospital?")


@pytest.mark.parametrize("follow", ["¿y el de conaf?", "y el d conaf", "Y el teléfono del de Conaf?"])
def test_a_follow_up_while_a_proposal_waits_answers_and_keeps_it(chat, dispatcher, follow) -> None:
    *_, shown, proposed, answered, saved = chat(*CONTACTS, "agenda reunión con el seremi el jueves 26 a las 10",
                                                follow, "sí")
    assert "Rosa Aguilera" in shown.text, shown.text
    assert "Pedro Soto" in answered.text and "66554433" in answered.text, answered.text
    assert "Sigue pendiente" in answered.text and answered.pending == proposed.pending, answered.text
    assert saved.stored and len(stored(dispatcher, Event)) == 1, saved.text


def test_a_follow_up_while_a_question_waits_answers_and_asks_again(chat) -> None:
    *_, asked, answered, preview = chat(*CONTACTS, "agenda reunión con el seremi", "¿y el de conaf?",
                                        "el jueves 26 a las 10")
    assert asked.pending is not None and "Pedro Soto" in answered.text, answered.text
    assert answered.pending == asked.pending, answered.text
    assert "jueves 26 de noviembre, 10:00" in preview.text, preview.text

