"""«anula la 2 xfa», «suspenda la 2» right after the agenda of a day was listed: «la 2» is the second item of that
list, not two o'clock (an hour needs «a las» or a clock form); that item is cancelled (previewed)."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

OTHER_DAY = "Agende reunión con bomberos el lunes 23 a las 11:00"
VISIT = "Agende visita a la Villa San Antonio el martes 24 a las 10:00"
MEETING = "Agende reunión con el Consejo Comunal el martes 24 a las 16:00 en el salón auditorio"
LISTED = (OTHER_DAY, "sí", VISIT, "sí", MEETING, "sí", "¿Qué tiene el alcalde mañana?")


@pytest.mark.parametrize("words", [
    "Por favor, suspenda la 2.",
    "anula la 2 xfa",
    "anulá la 2 nomás",
    "eh cancele la 2 por favor",
])
def test_a_number_after_la_cancels_that_item_of_the_list(chat, dispatcher, words: str) -> None:
    *_, listing = chat(*LISTED)
    assert "Villa San Antonio" in listing.text and "bomberos" not in listing.text, listing.text
    preview, done = chat(words, "sí")
    assert "Consejo Comunal" in preview.text and "Villa San Antonio" not in preview.text, preview.text
    assert done.stored, done.text
    titles = {event.title for event in stored(dispatcher, Event) if event.cancelled_at is None}
    assert not any("Consejo Comunal" in title for title in titles), titles

