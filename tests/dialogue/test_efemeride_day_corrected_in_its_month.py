"""A day alone said to correct a stored efeméride («en realidad es el 8, corrígelo», «perdón, era el 8», «el
aniversario de bomberos en realidad es el 8, corríjalo») keeps the efeméride's month, and the words that open the
correction are no part of the name it is found by. A change of an invitation named by its words lands on that one,
even when the new place repeats words of the other. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Efemeride, Invitation
from tests.dialogue.talk import stored

FIREFIGHTERS = "efeméride: aniversario del cuerpo de bomberos el 12 de marzo"


@pytest.mark.parametrize("line", ["en realidad es el 8, corrígelo", "ojo que es el 8, corrígela", "perdón, era el 8",
                                  "el aniversario de bomberos en realidad es el 8, corríjalo"])
def test_a_bare_day_keeps_the_efemerides_month(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat(FIREFIGHTERS, "sí", line, "sí")
    assert "8 de marzo" in preview.text, preview.text
    [efemeride] = [e for e in stored(dispatcher, Efemeride) if "bomberos" in e.title]
    assert (efemeride.month, efemeride.day_of_month) == (3, 8)


ROTARY = "llegó invitación del Rotary a la cena aniversario el viernes 27 a las 20 en el club de campo"
JUNTA = "llegó invitación de la junta de vecinos Los Aromos a la once del viernes 27 a las 17 en la sede vecinal"


@pytest.mark.parametrize(("first", "then", "line", "organizer", "place"), [
    (ROTARY, JUNTA, "la invitación del Rotary ahora es en la sede de la junta de vecinos", "Rotary",
     "sede de la junta de vecinos"),
    (ROTARY, JUNTA, "lo del Rotary será en la sede vecinal", "Rotary", "sede vecinal"),
    (JUNTA, ROTARY, "la invitación de la junta de vecinos ahora es en el club de campo del rotary",
     "junta de vecinos Los Aromos", "club de campo del rotary"),
])
def test_an_invitation_edit_lands_on_the_one_named(chat, dispatcher, first: str, then: str, line: str,
                                                   organizer: str, place: str) -> None:
    chat(first, "sí", then, "sí", line, "sí")
    places = {invitation.organizer: invitation.place for invitation in stored(dispatcher, Invitation)}
    assert places[organizer] == place, places
    [other] = [value for key, value in places.items() if key != organizer]
    assert other in first + then, places  # the other invitation keeps its place
