"""Praise or thanks right after storing («gracias, qué rápido», «buena, eres seco», «excelente, muy eficiente», «ya,
eres un siete») gets a polite word back, never a question about the record nor «No entendí»; an aside that opens a
message («antes que se me olvide, …», «oye una cosa, …», «ah, por cierto: …») stays out of titles, places and
look-ups. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

BOMBEROS = "agenda reunión con bomberos el jueves 26 a las 10 en el cuartel"


@pytest.mark.parametrize("line", ["gracias, qué rápido", "buena, eres seco", "bacán, gracias por la rapidez",
                                  "excelente, muy eficiente", "ya, eres un siete", "jaja crack, gracias"])
def test_praise_after_storing_is_answered_politely(chat, dispatcher, line: str) -> None:
    *_, reply = chat(BOMBEROS, "sí", line)
    assert reply.pending is None and "?" not in reply.text and "No entendí" not in reply.text, reply.text
    assert "gracias" in reply.text.lower() or "de nada" in reply.text.lower(), reply.text
    [event] = stored(dispatcher, Event)
    assert event.title == "reunión con bomberos"


@pytest.mark.parametrize(("line", "title"), [
    ("antes que se me olvide, agenda reunión con el seremi el viernes 27 a las 10", "reunión con el seremi"),
    ("ah, por cierto: agenda almuerzo con la cámara de comercio el viernes 27 a la 1",
     "almuerzo con la cámara de comercio"),
    ("oye una cosa, anota reunión con los dirigentes del club el viernes 27 a las 16",
     "reunión con los dirigentes del club"),
])
def test_an_aside_stays_out_of_the_new_record(chat, dispatcher, line: str, title: str) -> None:
    proposed, _ = chat(line, "sí")
    [event] = stored(dispatcher, Event)
    assert (event.title, event.place) == (title, None), proposed.text


@pytest.mark.parametrize("line", ["oye una cosa, fono del seremi de salud",
                                  "Antes de que se me olvide: ¿cuál es el fono del seremi de salud?"])
def test_an_aside_stays_out_of_a_look_up(chat, line: str) -> None:
    [reply] = chat(line)
    assert "«seremi de salud»" in reply.text, reply.text
