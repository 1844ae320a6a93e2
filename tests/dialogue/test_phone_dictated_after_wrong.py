"""«el fono del reclamo 2 está malo, es el nueve ocho siete seis cinco cuatro tres dos uno»: a phone said to be wrong
and then dictated in words is the complaint's new phone, read by the spoken-number reader as one typed in digits."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINTS = ("reclamo de la vecina Rosa Pérez por luminaria apagada en Prat 1234, fono 9 1111 2222",
              "reclamo de Juan Soto por basura en la plaza")


@pytest.mark.parametrize("words", [
    "el fono del reclamo 2 está malo, es el nueve ocho siete seis cinco cuatro tres dos uno",
    "Disculpe, el teléfono del reclamo 2 está mal: es el nueve ochenta y siete sesenta y cinco cuarenta y tres "
    "veintiuno",
    "oye el cel del reclamo 2 quedó malo, es nueve 8765 4321",
    "eh el número del reclamo 2 está malo es el nueve ocho siete seis cinco cuatro tres dos uno",
])
def test_a_phone_dictated_after_it_is_said_wrong_is_the_complaint_s(chat, dispatcher, words: str) -> None:
    chat(COMPLAINTS[0], "sí", COMPLAINTS[1], "sí")
    [preview] = chat(words)
    assert preview.pending is not None and "+56987654321" in preview.text, preview.text
    chat("sí")
    complaints = {c.id: c for c in stored(dispatcher, Complaint)}
    assert complaints[2].phone == "+56987654321", complaints[2]
