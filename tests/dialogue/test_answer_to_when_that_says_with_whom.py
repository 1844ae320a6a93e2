"""An answer to «¿Para qué día (y a qué hora) agendo la actividad?» that also says whom or what it is with («el
viernes, con los dirigentes del club», «pal jueves, es con la directiva de la junta», «mañana a la 1, con el seremi en
el club de la unión») fills the waiting activity with all of it: its day, and its title goes on with whom (the place
stays the place). The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("request_line", "answer", "expected"), [
    ("agenda una reunión", "el viernes, con los dirigentes del club",
     ("reunión con los dirigentes del club", 27, None)),
    ("agenda una reunión", "pal jueves, es con la directiva de la junta",
     ("reunión con la directiva de la junta", 26, None)),
    ("anota una reunión", "el viernes, y sería con los dirigentes del club",
     ("reunión con los dirigentes del club", 27, None)),
    ("necesito agendar un almuerzo", "mañana a la 1, con el seremi en el club de la unión",
     ("almuerzo con el seremi", 24, "club de la unión")),
])
def test_the_answer_fills_the_day_and_whom(chat, dispatcher, request_line: str, answer: str,
                                           expected: tuple[str, int, str | None]) -> None:
    asked, proposed, _ = chat(request_line, answer, "sí")
    assert asked.pending is not None and "día" in asked.text, asked.text
    [event] = stored(dispatcher, Event)
    assert (event.title, event.day.day, event.place) == expected, proposed.text
