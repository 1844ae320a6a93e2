"""«la cambiaron de lugar: ahora es en la sede …» while a proposal waits: «ahora es en» after the field's name opens
the new place and is no part of it."""

from __future__ import annotations

import pytest

INVITATION = ("Registra la invitación de la Escuela Rural Piedra Azul a la muestra de fin de año el martes 1 de "
              "diciembre a las 11:00 en el comedor de la escuela.")


@pytest.mark.parametrize(("news", "place"), [
    ("Ojo que la cambiaron de lugar: ahora es en la sede del club deportivo.", "sede del club deportivo"),
    ("cambió el lugar: ahora es en el gimnasio municipal", "gimnasio municipal"),
    ("ojo, nuevo lugar: ahora en la cancha techada", "cancha techada"),
])
def test_now_after_the_field_opens_the_new_place(chat, news, place) -> None:
    _, preview = chat(INVITATION, news)
    assert f"Lugar: {place}\n" in preview.text, preview.text
