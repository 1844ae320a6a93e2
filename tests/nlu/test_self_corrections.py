"""A writer who takes back a word in the same message («…del martes, no perdón, miércoles 9…») is read with the value
meant; the words taken back reach no slot. An apology that takes nothing back («perdón por la hora, …») changes
nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("llegó invitación del Rotary a la cena del martes, no perdón, miércoles 10, a las 21 en el Club Social",
     "start", "2027-03-10T21:00"),
    ("agenda reunión con la directora del Daem el jueves a las 9, perdón, a las 10", "start", "2027-03-11T10:00"),
    ("nuevo contacto: Pamela Soto, jefa de finanzas de la Gobernación, mejor dicho, de la Delegación Provincial, "
     "9 6677 1122", "institution", "Delegación Provincial"),
])
def test_the_value_meant_replaces_the_one_taken_back(read, text, slot, value):
    assert read(text)[slot] == value


def test_the_words_taken_back_reach_no_slot(read):
    got = read("reclamo del vecino Raúl Pinto por un hoyo en calle Baquedano 120, no perdón, Baquedano 210")
    assert got["intent"] == "complaint.create"
    assert "120" not in got["address"] and "210" in got["address"], got


def test_an_apology_takes_nothing_back(read):
    got = read("perdón la demora, agenda visita a la feria costumbrista el sábado 13 a las 11")
    assert got["intent"] == "event.create"
    assert got["start"] == "2027-03-13T11:00"
    assert "feria costumbrista" in got["title"]
