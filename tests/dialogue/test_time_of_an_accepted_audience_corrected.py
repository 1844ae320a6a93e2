"""«oye no, q sea a las 12 y media mejor» right after an audience was accepted: the agenda activity of that audience
moves (previewed, confirmed, undoable), instead of a new activity titled «sea»."""

from __future__ import annotations

import pytest

REQUESTED = ("la constructora Andes pide audiencia con el alcalde por el proyecto de condominio en avenida "
             "Leon Bustos")
ACCEPTED = "acepta la audiencia de la constructora andes el jueves 26 a las 12"


@pytest.mark.parametrize("words", [
    "oye no, q sea a las 12 y media mejor",
    "Disculpe, mejor que sea a las 12:30",
    "no po, q sea 12 y media xfa",
    "ah no coma que sea a las doce y media",
])
def test_the_agenda_activity_of_the_audience_follows_the_new_time(chat, dispatcher, words: str) -> None:
    chat(REQUESTED, "sí", ACCEPTED, "sí")
    preview, done = chat(words, "sí")
    assert "12:30" in preview.text and "Andes" in preview.text, preview.text
    assert done.stored, done.text
    [agenda] = chat("agenda del jueves")
    assert "12:30" in agenda.text and "Andes" in agenda.text, agenda.text
    chat("deshacer")
    [agenda] = chat("agenda del jueves")
    assert "12:00" in agenda.text and "12:30" not in agenda.text, agenda.text
