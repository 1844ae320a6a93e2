"""After a «no» to a preview, a yes that also corrects it («Ahora sí regístrela, pero es a las 13:00», «ya, ahora sí,
guárdela con hora 13», «ahí sí agéndala, pero en la sala de concejo») shows the refused proposal again with that
change, to be confirmed with «sí»; a yes-lead before a request of its own («ahora sí, fono del seremi de salud», «ya
ahora sí, agenda reunión con el seremi …») is that request, not the refused proposal. The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

BOMBEROS = "agenda reunión con bomberos el jueves 26 a las 10 en el cuartel"


def _local(dispatcher, event: Event) -> tuple[str, str | None]:
    return event.start_at.astimezone(dispatcher.settings.zone).strftime("%H:%M"), event.place


@pytest.mark.parametrize(("line", "expected"), [
    ("Ahora sí regístrela, pero es a las 13:00", ("13:00", "cuartel")),
    ("ya, ahora sí, guárdela con hora 13", ("13:00", "cuartel")),
    ("ahí sí guárdala, pero a la 1 de la tarde", ("13:00", "cuartel")),
    ("ahora si agendala pero en la sala de concejo", ("10:00", "sala de concejo")),
])
def test_a_yes_with_a_correction_brings_back_the_refused_proposal_changed(chat, dispatcher, line: str,
                                                                          expected: tuple[str, str]) -> None:
    _, _, back = chat(BOMBEROS, "no", line)
    assert "Retomo la propuesta" in back.text and back.pending is not None, back.text
    assert stored(dispatcher, Event) == []
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert (event.title, *_local(dispatcher, event)) == ("reunión con bomberos", *expected)


def test_a_yes_lead_before_a_look_up_asks_that(chat) -> None:
    *_, looked = chat(BOMBEROS, "no", "ahora sí, fono del seremi de salud")
    assert "Retomo" not in looked.text and "«sí»" not in looked.text and "seremi de salud" in looked.text, looked.text


def test_a_yes_lead_before_another_booking_is_that_booking(chat, dispatcher) -> None:
    *_, other, _ = chat(BOMBEROS, "no", "ya ahora si, agenda reunión con el seremi el viernes 27 a las 10", "sí")
    assert "Retomo" not in other.text and "seremi" in other.text, other.text
    assert [event.title for event in stored(dispatcher, Event)] == ["reunión con el seremi"]
