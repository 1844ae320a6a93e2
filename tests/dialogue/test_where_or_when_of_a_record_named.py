"""«¿dónde era la muestra de la escuela?», «¿a qué hora es lo del club?» right after that record was stored: where or
when it falls, asked naming it, is answered with that record's place or hour — never the day's agenda, nor «no le
entendí»."""

from __future__ import annotations

import pytest

INVITATION = ("Registra la invitación de la Escuela Rural Piedra Azul a la muestra de fin de año el martes 1 de "
              "diciembre a las 11:00 en el comedor de la escuela.")


@pytest.mark.parametrize(("question", "detail"), [("¿Dónde era la muestra de la escuela Piedra Azul?", "comedor"),
                                                  ("¿a qué hora era la muestra de fin de año?", "11:00"),
                                                  ("¿dónde es lo de la escuela?", "comedor de la escuela")])
def test_where_or_when_of_the_record_named_shows_it(chat, question, detail) -> None:
    _, saved, shown = chat(INVITATION, "sí", question)
    assert saved.stored, saved.text
    assert "muestra de fin de año" in shown.text and detail in shown.text, shown.text
