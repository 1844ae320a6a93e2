"""A new name said before the verb that gives it and the record it goes to («"X" ponle de nombre a la reunión del
jueves»): the words before the verb are the name, the words after it pick the record, and the change is previewed
old → new, confirmed and undoable; words that only frame the request («oye, cámbiale el nombre a …») are no name.
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.folding import fold
from storage.models import Event
from tests.dialogue.talk import stored

MEETING = "agenda reunión con los concejales el jueves 26 a las 10"
OTHER = "agenda visita a la escuela Arturo Prat el viernes 27 a las 11"


@pytest.mark.parametrize("line", [
    "«Cuenta Pública 2027» póngale por favor de nombre a la reunión del jueves",
    "cuenta publica 2027 ponle de nombre a la reunion con los concejales xfa",
    "Cuenta Pública 2027, pónele como título a la actividad del jueves",
    '"Cuenta Pública 2027" déjale de nombre a la reunión del jueves',
])
def test_the_name_said_first_goes_to_the_record_named(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat(MEETING, "sí", OTHER, "sí", line, "sí")
    assert "actividad N° 1" in preview.text and "(antes: reunión con los concejales)" in preview.text, preview.text
    meeting, visit = sorted(stored(dispatcher, Event), key=lambda event: event.id)
    assert fold(meeting.title) == "cuenta publica 2027"
    assert visit.title == "visita a la escuela Arturo Prat"
    chat("deshacer")
    meeting, _ = sorted(stored(dispatcher, Event), key=lambda event: event.id)
    assert meeting.title == "reunión con los concejales"


@pytest.mark.parametrize("line", [
    "oye, cámbiale el nombre a la reunión del jueves",
    "necesito que le cambies el título a la reunión del jueves",
])
def test_words_that_only_frame_the_request_are_no_name(chat, dispatcher, line: str) -> None:
    *_, reply = chat(MEETING, "sí", line)
    assert "oye" not in reply.text.lower() and "necesito" not in reply.text.lower(), reply.text
    [meeting] = stored(dispatcher, Event)
    assert meeting.title == "reunión con los concejales"
