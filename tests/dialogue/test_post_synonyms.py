"""A post asked for in other words than the contact card says («el sacerdote» for a «Pbro.», «el de la DOM» for
the directora de obras, «el tte.» for a teniente) finds the contact: staff say the post the way they know it."""

from __future__ import annotations

import pytest

CARDS = ("agrega al presbítero Ramón Quezada, capellán del hospital San José, 9 5512 3344", "sí",
         "nuevo contacto Carla Mendoza, directora de obras municipales, 9 8811 2200", "sí",
         "nuevo contacto teniente Felipe Araya, Tenencia Villa Alegre, 9 7300 4455", "sí")


@pytest.mark.parametrize(("asked", "found", "phone"), [
    ("fono del sacerdote", "Quezada", "5512"),
    ("número del de la DOM", "Mendoza", "8811"),
    ("contacto del director de obras", "Mendoza", "8811"),
    ("fono del tte. Araya", "Araya", "7300"),
])
def test_a_post_said_in_other_words_finds_the_contact(chat, asked, found, phone) -> None:
    chat(*CARDS)
    [answer] = chat(asked)
    assert found in answer.text and phone in answer.text.replace(" ", ""), answer.text


def test_a_follow_up_names_another_post_in_other_words(chat) -> None:
    chat(*CARDS)
    _, answer = chat("fono del tte. Araya", "¿y el del cura?")
    assert "Quezada" in answer.text and "Araya" not in answer.text, answer.text
