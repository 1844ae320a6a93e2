"""«uy no, así no, deshaz eso» right after a write: the «así no» only regrets what was just done, so the message is
an undo of that write (never a change of another record in focus)."""

from __future__ import annotations

import pytest

from storage.models import Contact, Event
from tests.dialogue.talk import stored

CONTACT = "nuevo contacto Patricio Godoy, capitán de puerto de Caldera, +56 9 7711 2233"
ACTIVITY = "agenda ceremonia de cambio de mando en la capitanía el martes 1 a las 11"


def test_an_activity_opening_with_its_verb_is_no_change_of_the_contact_in_focus(chat, dispatcher) -> None:
    *_, preview = chat(CONTACT, "sí", ACTIVITY)
    assert "cambio de mando" in preview.text and "Godoy" not in preview.text, preview.text


@pytest.mark.parametrize("undo", ["uy no, así no, deshaz eso", "no eso no deshaz lo último"])
def test_a_denied_write_is_undone(chat, dispatcher, undo) -> None:
    *_, done = chat(CONTACT, "sí", ACTIVITY, "sí", undo)
    assert "cambio de mando" in done.text, done.text
    assert stored(dispatcher, Event) == [] and len(stored(dispatcher, Contact)) == 1
