"""A remark about someone's whereabouts while a proposal waits («el jefe viene en camino», «está en reunión») is no
place: the proposal stays as it was and still waits."""

from __future__ import annotations

import pytest

from bot.pending_answers import CONFIRM_AGAIN


@pytest.mark.parametrize("remark", ["espera, el jefe viene en camino", "la directora sigue en reunión",
                                    "ahora está en terreno."])
def test_a_whereabouts_remark_leaves_the_place(chat, remark: str) -> None:
    _, reply, saved = chat("reclamo por un bache en avenida Colón 1450, avisa Luis Parra 9 8800 1122", remark, "sí")
    assert reply.text == CONFIRM_AGAIN, reply.text
    assert saved.stored and "Colón 1450" in saved.text, saved.text


def test_a_place_named_after_en_still_corrects(chat) -> None:
    _, reply = chat("agenda reunión con la mesa barrial el martes 24 a las 18 en la sede",
                    "no, en el camino a la playa")
    assert "camino a la playa" in reply.text, reply.text
