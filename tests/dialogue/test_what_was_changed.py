"""«¿qué cambiaste?», «¿qué le cambió?», «¿qué se modificó en el reclamo?» after a change: the fields that change
moved, each with its old value, from the audit; not a contact search, a list of complaints, or «no entendí»."""

from __future__ import annotations

import pytest

QUESTIONS = ["¿qué cambiaste?", "y q le cambió?", "¿qué se modificó en el reclamo?", "oiga, ¿qué fue lo que cambiaste?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_phone_added_to_a_complaint(chat, question: str) -> None:
    *_, asked = chat("reclamo de don Héctor Llancaqueo por un socavón en calle Lautaro 88", "sí",
                     "agrégale el teléfono 9 8123 4567", "sí", question)
    assert "+56981234567" in asked.text and "antes" in asked.text, asked.text
    assert asked.pending is None


@pytest.mark.parametrize("question", ["¿qué cambiaste?", "¿qué le cambiaste a la invitación?", "q se cambió?"])
def test_the_hour_of_an_invitation(chat, question: str) -> None:
    *_, asked = chat("invitación de la Junta de Vecinos Villa Los Ríos al bingo solidario el viernes 27 a las 19 en "
                     "la sede", "sí", "cámbiala a las 18:30", "sí", question)
    assert "18:30" in asked.text and "19:00" in asked.text, asked.text


def test_nothing_changed_yet(chat) -> None:
    *_, asked = chat("agrega el contacto de Rosa Catrileo, encargada de cultura, fono 9 7000 1234", "sí",
                     "¿qué cambiaste?")
    assert "No he cambiado nada" in asked.text and asked.pending is None, asked.text
