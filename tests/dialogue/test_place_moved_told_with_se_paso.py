"""«se pasó al Hotel Antay», «la ceremonia se pasó pal gimnasio»: a move told with «se pasó a/al/pa» right after a
record was stored is its change of place when a place follows (a known place, or a place noun), and of day when a day
follows («se pasó al viernes»); chat spellings («pa», «pal») frame the change as «para» does."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00 "
              "en el Club de la Unión")
ACTIVITY = "agenda reunión con la junta de vecinos el jueves 26 a las 10 en la sede social"
MOVES = [("Le comento que la cena se pasó al Hotel Antay.", "Hotel Antay"),
         ("oye la ceremonia se pasó pal gimnasio", "gimnasio"),
         ("cachai q se pasó pa la casa de la cultura", "casa de la cultura"),
         ("eh se pasó eh al salón de honor", "salón de honor")]
ACTIVITY_MOVES = [("Le comento que la reunión se pasó al Hotel Antay.", "Hotel Antay"),
                  ("oye la reu se pasó pal gimnasio", "gimnasio"),
                  ("cachai q se pasó pa la casa de la cultura", "casa de la cultura"),
                  ("eh se pasó eh al salón de honor", "salón de honor")]


@pytest.mark.parametrize(("words", "place"), MOVES)
def test_a_move_told_with_se_paso_changes_the_invitation_s_place(chat, dispatcher, words: str, place: str) -> None:
    chat(INVITATION, "sí")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "invitation.update", preview.text
    assert place in preview.text and "Club de la Unión" in preview.text, preview.text
    chat("sí")
    assert stored(dispatcher, Invitation)[0].place == place


@pytest.mark.parametrize(("words", "place"), ACTIVITY_MOVES)
def test_a_move_told_with_se_paso_changes_the_activity_s_place(chat, dispatcher, words: str, place: str) -> None:
    chat(ACTIVITY, "sí")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "event.update", preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.place == place and event.day.day == 26, (event.place, event.day)


@pytest.mark.parametrize("words", ["se pasó al viernes", "la reunión se pasó pal viernes"])
def test_a_day_after_se_paso_moves_the_activity_and_keeps_its_place(chat, dispatcher, words: str) -> None:
    chat(ACTIVITY, "sí")
    [preview] = chat(words)
    assert preview.pending is not None and preview.pending.intent == "event.update", preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.place == "sede social" and event.day.day == 27, (event.place, event.day)
