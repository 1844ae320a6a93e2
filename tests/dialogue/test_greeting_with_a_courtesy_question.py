"""A greeting with a courtesy question («buenos días! ¿cómo va todo?», «buenas tardes, ¿qué tal?») is greeted back,
not offered a menu of readings; a request after the greeting is still read as the request."""

from __future__ import annotations

import pytest

FULL = "Soy el asistente"
UNSURE = "No estoy seguro"


@pytest.mark.parametrize("line", ["buenos días! cómo va todo?", "hola, ¿cómo estái?", "Buenas tardes, ¿qué tal?",
                                  "hola, cómo va todo por allá?", "buen día don bot, ¿cómo se encuentra?"])
def test_a_greeting_that_asks_how_things_are_is_greeted_back(chat, line: str) -> None:
    [answered] = chat(line)
    assert answered.text.startswith("¡Hola!") and FULL not in answered.text, answered.text
    assert UNSURE not in answered.text and not answered.choices, answered.text


def test_a_greeting_after_a_list_is_no_follow_up(chat) -> None:
    *_, answered = chat("qué tiene el alcalde mañana", "hola, ¿cómo estái?")
    assert answered.text.startswith("¡Hola!"), answered.text


@pytest.mark.parametrize("line", ["hola, ¿qué tiene el alcalde hoy?", "buenos días, cómo va todo? qué hay mañana?"])
def test_a_request_after_a_greeting_is_read(chat, line: str) -> None:
    [answered] = chat(line)
    assert not answered.text.startswith("¡Hola!") and "agendad" in answered.text, answered.text


def test_a_greeting_before_a_booking_books(chat) -> None:
    [proposed] = chat("hola, cómo estás? agenda reunión con el seremi mañana a las 10")
    assert "reunión con el seremi" in proposed.text and proposed.pending is not None, proposed.text
