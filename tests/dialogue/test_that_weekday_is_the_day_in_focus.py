"""«¿y qué tiene el alcalde ese sábado?» right after something was stored on Saturday the 28th: the weekday said with
«ese», «aquel» or «mismo» is that record's day, not the next Saturday from today; a weekday said without them, or a
weekday other than the record's, reads from today as always. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

ROTARY = "llegó invitación del Rotary a la cena aniversario el sábado 5 de diciembre a las 20 en el club de campo"
SEREMI = "agenda reunión con el seremi de salud el viernes 4 de diciembre a las 10"


@pytest.mark.parametrize("question", [
    "¿y qué tiene el alcalde ese sábado?",
    "y ese sabado q mas hay",
    "¿Cómo está la agenda de aquel sábado?",
    "agenda de ese mismo sábado porfa",
])
def test_a_look_up_of_that_weekday_is_the_day_of_the_invitation_just_stored(chat, question: str) -> None:
    *_, reply = chat(ROTARY, "sí", question)
    assert "sábado 5 de diciembre" in reply.text, reply.text


def test_an_activity_booked_on_that_weekday_falls_on_the_day_in_focus(chat, dispatcher) -> None:
    chat(SEREMI, "sí", "ese viernes a las 16 hay reunión con el sindicato, agéndela", "sí")
    [booked] = [event for event in stored(dispatcher, Event) if "sindicato" in event.title]
    assert booked.day.day == 4, booked.day


@pytest.mark.parametrize("question", ["¿y qué tiene el alcalde el sábado?", "¿y ese domingo?"])
def test_another_weekday_or_no_pointer_reads_from_today(chat, question: str) -> None:
    *_, reply = chat(ROTARY, "sí", question)
    assert "5 de diciembre" not in reply.text and "noviembre" in reply.text, reply.text
