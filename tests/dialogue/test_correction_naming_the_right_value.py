"""«la fecha correcta es el 22 de enero, corríjala», «disculpe, el día correcto es el viernes, corríjalo» right after
storing a record: «correcta/correcto» judge the value told and name no record; the one just stored is changed
(previewed, confirmed), not an activity «correcta» looked for."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

STORED = ("Agende reunión con bomberos el jueves 21 de enero a las 11:00", "sí")


@pytest.mark.parametrize(("words", "day"), [
    ("La fecha correcta es el 22 de enero, corríjala por favor.", 22),
    ("disculpe, el día correcto es el viernes, corríjalo", 22),  # the Friday of its own week
    ("oye la fecha correcta es el 22 d enero, corregíla xfa", 22),
    ("eh perdón la fecha correcta eh es el veintidós de enero corríjala", 22),
])
def test_a_correction_judging_its_value_changes_the_stored_record(chat, dispatcher, words: str, day: int) -> None:
    chat(*STORED)
    preview, done = chat(words, "sí")
    assert "bomberos" in preview.text and "correct" not in preview.text, preview.text
    assert done.stored, done.text
    [event] = stored(dispatcher, Event)
    assert event.day.day == day, event.day
