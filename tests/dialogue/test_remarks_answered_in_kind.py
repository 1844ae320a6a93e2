"""A remark with laughter or a sigh that asks for nothing («jajaja q semana más larga 😅», «uf, qué día más pesado»)
gets a friendly word and what the assistant helps with, never «No entendí»; a message with the same words that asks
for something is still that request. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("line", [
    "jajaja q semana mas larga 😅",
    "uf, qué día más pesado",
    "Pucha, no alcancé ni a almorzar jaja",
    "jsjsjs estamos todos locos hoy",
])
def test_a_remark_gets_a_friendly_word(chat, line: str) -> None:
    [reply] = chat(line)
    assert "No entendí" not in reply.text and reply.pending is None, reply.text
    assert "ayudar" in reply.text, reply.text


def test_a_remark_after_a_declined_proposal_changes_nothing(chat, dispatcher) -> None:
    *_, reply = chat("agenda reunión con bomberos el jueves 26 a las 10", "no", "jajaja q semana mas larga 😅")
    assert "No entendí" not in reply.text and reply.pending is None, reply.text
    assert not stored(dispatcher, Event)


def test_a_request_with_laughter_is_the_request(chat, dispatcher) -> None:
    chat("jaja ya, agenda reunión con bomberos el jueves 26 a las 10", "sí")
    [event] = stored(dispatcher, Event)
    assert event.title == "reunión con bomberos"
