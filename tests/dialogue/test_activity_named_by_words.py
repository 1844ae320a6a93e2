"""An activity named by words that none on the agenda holds is not the one in focus: «cancela la reunión con el
Rotary» must not cancel the «reunión con Bomberos» because both are meetings. The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

BOOKED = "agenda reunión con Bomberos el jueves a las 10 en el cuartel"


@pytest.mark.parametrize("line", [
    "cancela la reunión con el Rotary",
    "se suspende la reu del rotary club",
    "Le ruego cambiar la reunión con la Cámara de Comercio para el viernes a las 12",
])
def test_a_meeting_named_by_other_words_is_not_found(chat, dispatcher, line: str) -> None:
    *_, reply = chat(BOOKED, "sí", line)
    assert "bomberos" not in reply.text.lower(), reply.text
    assert "no encontré" in reply.text.lower(), reply.text
    [event] = stored(dispatcher, Event)
    assert event.cancelled_at is None and event.start_at.hour == 13  # 10:00 local is 13:00 UTC in November


@pytest.mark.parametrize("line", ["cancela la reunión de bomberos", "suspende la reu con los bomberos"])
def test_the_same_meeting_named_by_its_own_words_is_found(chat, dispatcher, line: str) -> None:
    *_, preview, done = chat(BOOKED, "sí", line, "sí")
    assert "bomberos" in preview.text.lower(), preview.text
    [event] = stored(dispatcher, Event)
    assert event.cancelled_at is not None, done.text


@pytest.mark.parametrize("line", [
    "la reu con bomberos se suspende, cancélala",
    "La reunión con Bomberos se cayó: anúlela por favor.",
])
def test_an_activity_named_before_the_pronoun_is_cancelled_not_the_complaint_in_focus(chat, dispatcher,
                                                                                     line: str) -> None:
    """A complaint stored after the activity is in focus, but the words before «cancélala» name the activity."""
    complaint = "reclamo de la vecina Nora Alfaro: se cayó un árbol sobre la vereda en calle Prat 45"
    *_, preview, done = chat(BOOKED, "sí", complaint, "sí", line, "sí")
    assert "bomberos" in preview.text.lower() and "reclamo" not in preview.text.lower(), preview.text
    [event] = stored(dispatcher, Event)
    assert event.cancelled_at is not None, done.text
