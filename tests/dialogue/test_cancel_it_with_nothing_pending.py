"""«cancélala» with nothing pending, right after activities were shown or stored: the pronoun is an activity to
cancel (asked which after a list of several), not the dialogue; a bare «cancelar» still only ends what is going on."""

from __future__ import annotations

from storage.models import Event
from tests.dialogue.talk import stored

HOSPITAL = "agenda reunión con el director del hospital el jueves a las 9"
RADIO = "agenda entrevista con radio Nostálgica el jueves a las 12"


def test_cancel_it_after_a_list_asks_which_then_cancels(chat, dispatcher) -> None:
    *_, asked, proposal, done = chat(HOSPITAL, "sí", RADIO, "sí", "qué tiene el alcalde el jueves", "cancélala", "2",
                                     "sí")
    assert "¿Cuál" in asked.text and "hospital" in asked.text and "Nostálgica" in asked.text, asked.text
    assert "Nostálgica" in proposal.text and proposal.pending is not None, proposal.text
    assert [event.title for event in stored(dispatcher, Event) if event.cancelled_at is None] == [
        "reunión con el director del hospital"], done.text


def test_cancel_it_right_after_storing_cancels_that_activity(chat) -> None:
    *_, proposal = chat(HOSPITAL, "sí", "cancélala")
    assert "hospital" in proposal.text and proposal.pending is not None, proposal.text


def test_a_bare_cancel_still_ends_nothing(chat) -> None:
    *_, reply = chat(HOSPITAL, "sí", "cancelar")
    assert reply.pending is None and "hospital" not in reply.text, reply.text
