"""«Cancele la segunda», «suspende la primera» right after the agenda of a day was listed: the verb asks a change of
that item, which the parser alone reads as nothing; the item is changed (previewed), not the agenda shown again."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

VISIT = "Agende visita a la Villa San Antonio el martes 24 a las 10:00"
MEETING = "Agende reunión con el Consejo Comunal el martes 24 a las 16:00 en el salón auditorio"
LISTED = (VISIT, "sí", MEETING, "sí", "¿Qué tiene el alcalde mañana?")


@pytest.mark.parametrize(("words", "kept", "gone"), [
    ("Cancele la segunda", "Villa San Antonio", "Consejo Comunal"),
    ("suspende la primera xfa", "Consejo Comunal", "Villa San Antonio"),
    ("oiga, anulá la segunda nomás", "Villa San Antonio", "Consejo Comunal"),
    ("elimine la primera coma por favor", "Consejo Comunal", "Villa San Antonio"),
])
def test_an_ordinal_with_a_removing_verb_cancels_that_item(chat, dispatcher, words: str, kept: str, gone: str) -> None:
    *_, listing = chat(*LISTED)
    assert kept in listing.text and gone in listing.text, listing.text
    preview, done = chat(words, "sí")
    assert gone in preview.text and kept not in preview.text and "cancel" in preview.text.lower(), preview.text
    assert done.stored, done.text
    titles = {event.title for event in stored(dispatcher, Event) if event.cancelled_at is None}
    assert any(kept in title for title in titles) and not any(gone in title for title in titles), titles


def test_an_ordinal_with_a_moving_verb_moves_that_item(chat) -> None:
    chat(*LISTED)
    [preview] = chat("la segunda pásala al viernes")
    assert "Consejo Comunal" in preview.text and "viernes 27" in preview.text, preview.text
