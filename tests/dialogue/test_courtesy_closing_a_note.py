"""How the person closes a note («… por favor», «…, ya xfa gracias», «… porfis», «…, muchas gracias») is no part of
the note the record keeps: the free text stores what was said, not how it was asked."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Event
from tests.dialogue.talk import stored

EVENT = "agenda reunión con la directiva del club de rayuela el miércoles 25 a las 10"


@pytest.mark.parametrize(("line", "note"), [
    ("agrégale que es en la sede vecinal por favor", "es en la sede vecinal"),
    ("súmale: llevar la banda municipal, ya xfa gracias", "llevar la banda municipal"),
    ("anotale q el alcalde llega tarde porfis", "el alcalde llega tarde"),
    ("Agréguele por favor que hay que confirmar con protocolo, muchas gracias", "hay que confirmar con protocolo"),
])
def test_the_closing_courtesy_is_no_part_of_the_note(chat, dispatcher, line: str, note: str) -> None:
    *_, proposed, _ = chat(EVENT, "sí", line, "sí")
    [kept] = stored(dispatcher, Event)
    assert note in (kept.notes or ""), proposed.text
    for courtesy in ("por favor", "xfa", "gracias", "porfis"):
        assert courtesy not in (kept.notes or "").lower(), kept.notes


def test_a_complaint_note_drops_it_too(chat, dispatcher) -> None:
    chat("reclamo de la vecina Rosa Muñoz por basura en calle Prat 1234", "sí")
    *_, proposed, _ = chat("agrégale que la vecina volvió a llamar por favor", "sí")
    [kept] = stored(dispatcher, Complaint)
    assert "volvió a llamar" in str(kept.notes), proposed.text
    assert "por favor" not in str(kept.notes), kept.notes
