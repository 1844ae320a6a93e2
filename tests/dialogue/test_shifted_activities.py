"""Moving a stored activity or invitation by a length of time («adelántala una hora»): a preview with the new
time, its length kept; a change that is already so says it; a new request while the change asks what to change
is not taken for its answer."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la directora de Secpla el jueves 26 de 10 a 11:30 en la sala de concejo"


def _local(dispatcher, moment):
    return moment.astimezone(dispatcher.settings.zone).strftime("%H:%M")


def test_earlier_by_an_hour_keeps_the_day_and_the_length(chat, dispatcher) -> None:
    *_, preview, done = chat(MEETING, "sí", "adelántala una hora", "sí")
    assert "09:00" in preview.text and "antes: jueves 26 de noviembre, 10:00" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert (_local(dispatcher, event.start_at), _local(dispatcher, event.end_at)) == ("09:00", "10:30"), done.text


def test_later_by_half_an_hour_named_by_its_words(chat, dispatcher) -> None:
    chat(MEETING, "sí", "atrasa media hora la reunión con la directora", "sí")
    [event] = stored(dispatcher, Event)
    assert _local(dispatcher, event.start_at) == "10:30"


def test_an_invitation_is_shifted_too(chat, dispatcher) -> None:
    chat("Llegó invitación de la Cruz Roja de Chillán a su cena de gala el viernes 27 a las 20 en el Club Social",
         "sí", "la cena de la Cruz Roja se atrasa media hora", "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert _local(dispatcher, invitation.start_at) == "20:30"


def test_a_day_it_already_has_is_said_and_asked_again(chat) -> None:
    *_, asked = chat(MEETING, "sí", "pásala al jueves")
    assert asked.text.startswith("Ya está así."), asked.text


def test_a_new_invitation_while_the_change_asks_is_not_its_answer(chat, dispatcher) -> None:
    *_, other, _ = chat(MEETING, "sí", "pásala al jueves",
                        "llegó invitación de la Cruz Roja a su cena de gala el viernes 27 a las 20", "sí")
    assert "Registrar invitación" in other.text, other.text
    [event] = stored(dispatcher, Event)
    assert _local(dispatcher, event.start_at) == "10:00"
    assert [invitation.title for invitation in stored(dispatcher, Invitation)] == ["cena de gala"]



@pytest.mark.parametrize("line", ["La directora pide atrasarla una hora, que quede a las 11",
                                  "atrasala una hora, a las 11 entonces",
                                  "Atrásela una hora, por favor: queda a las 11:00."])
def test_a_time_said_beside_the_shift_is_where_it_lands(chat, dispatcher, line: str) -> None:
    *_, preview, done = chat(MEETING, "sí", line, "sí")
    assert "jueves 26 de noviembre, 11:00" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert (_local(dispatcher, event.start_at), _local(dispatcher, event.end_at)) == ("11:00", "12:30"), done.text
