"""An activity held online («… por zoom») is stored with its title and the medium as its place."""

from __future__ import annotations

from storage.models import Event
from tests.dialogue.talk import stored


def test_a_call_by_zoom_is_stored_with_zoom_as_its_place(chat, dispatcher) -> None:
    *_, saved = chat("agenda una call con el seremi de Obras Públicas el viernes a las 3 por zoom", "sí")
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert (event.title, event.place) == ("call con el seremi de Obras Públicas", "zoom"), (event.title, event.place)
