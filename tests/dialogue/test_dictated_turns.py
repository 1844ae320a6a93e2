"""A message dictated by voice says its punctuation aloud («coma», «punto»): every turn of the conversation, not only
the first request, reads it as the marks it stands for, so «sí coma guárdala punto» is a yes and a correction or a
detail dictated while something waits lands where the typed one would."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Event
from tests.dialogue.talk import stored

ACTIVITY = "agenda reunión con la directora del liceo coma el jueves 26 a las diez coma en el liceo punto"
COMPLAINT = "reclamo de don Pedro Soto coma hay un hoyo grande en la calle Prat punto"


@pytest.mark.parametrize("yes", ["sí coma guárdala punto", "ya coma agéndala nomás punto", "ok punto"])
def test_a_dictated_yes_stores_the_proposal(chat, dispatcher, yes) -> None:
    _, saved = chat(ACTIVITY, yes)
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert event.place and "punto" not in event.place.lower()


@pytest.mark.parametrize("detail", ["su fono es 9 8765 4321 punto", "coma su teléfono es el 9 8765 4321 punto"])
def test_a_dictated_detail_joins_the_waiting_complaint(chat, dispatcher, detail) -> None:
    _, changed, saved = chat(COMPLAINT, detail, "sí punto")
    assert "8765" in changed.text.replace(" ", "") and changed.pending is not None, changed.text
    assert saved.stored, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone == "+56987654321"


@pytest.mark.parametrize("detail", ["su celular es nueve ocho siete seis cinco cuatro tres dos uno",
                                    "el fono de la vecina es el nueve ocho siete seis cinco cuatro tres dos uno"])
def test_a_phone_said_in_words_joins_the_waiting_complaint(chat, dispatcher, detail) -> None:
    _, changed, saved = chat(COMPLAINT, detail, "sí")
    assert "8765" in changed.text.replace(" ", "") and changed.pending is not None, changed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone == "+56987654321", saved.text
