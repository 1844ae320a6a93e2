"""«al final es en Lautaro, en el salón parroquial»: a change whose new place is said as town + venue keeps the venue,
with its town after it, never the town alone."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("words", "venue"), [
    ("el consejo del jueves al final es en Lautaro, en el salón parroquial", "salón parroquial"),
    ("el lugar del consejo del jueves ahora es en Victoria, en la sede social Los Aromos", "sede social Los Aromos"),
    ("el consejo del jueves al final será en Angol, en el gimnasio municipal", "gimnasio municipal"),
    ("el consejo del jueves al final es en el auditorio del liceo de Traiguén", "auditorio del liceo de Traiguén"),
])
def test_a_venue_after_its_town_is_the_new_place(chat, dispatcher, words: str, venue: str) -> None:
    chat("agenda consejo comunal de seguridad el jueves 26 a las 11 en Temuco", "sí")
    [proposal] = chat(words)
    assert venue in proposal.text, proposal.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert venue in (event.place or ""), event.place
