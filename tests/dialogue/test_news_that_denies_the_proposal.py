"""News told while a proposal waits that denies a value the proposal holds, then gives the new one («me avisan que no
será en el comedor: la hacen en la cancha», «la muestra es a las 12, no a las 11»): a correction of the proposal,
however much the new value reads like a request of its own (a «plaza» reads as a complaint)."""

from __future__ import annotations

import pytest

INVITATION = ("Registra la invitación de la Escuela Rural Piedra Azul a la muestra de fin de año el martes 1 de "
              "diciembre a las 11:00 en el comedor de la escuela.")


@pytest.mark.parametrize(("news", "place"), [
    ("Espera, me acaban de avisar que no será en el comedor: la hacen en la plaza de Piedra Azul.",
     "plaza de Piedra Azul"),
    ("Oye, me dicen que al final no es en el comedor, la van a hacer en la plaza del sector.", "plaza del sector"),
    ("me confirman que no será en el comedor sino en la cancha techada", "cancha techada"),
])
def test_a_denied_place_and_the_new_one_correct_the_proposal(chat, news, place) -> None:
    _, preview = chat(INVITATION, news)
    assert f"Lugar: {place}" in preview.text and "Piedra Azul" in preview.text, preview.text
    assert "reclamo" not in preview.text.lower() and "en espera" not in preview.text, preview.text


@pytest.mark.parametrize("news", ["Ah, y la muestra es a las 12, no a las 11.",
                                  "ojo que la muestra es a las doce y no a las once",
                                  "me avisan que la muestra no es a las 11, es a las 12"])
def test_a_denied_hour_and_the_new_one_correct_the_proposal(chat, news) -> None:
    _, preview = chat(INVITATION, news)
    assert "martes 1 de diciembre, 12:00" in preview.text and "comedor de la escuela" in preview.text, preview.text
