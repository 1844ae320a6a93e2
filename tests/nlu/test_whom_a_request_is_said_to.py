"""Whom a request is said to, named right after its verb as a subject pronoun or a vocative («agende usted…», «anota
tú…», «agéndeme por favor señorita…», «agendá vos…»), is no part of the title: it addresses the bot."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title"), [
    ("agende usted reunión con la junta de vecinos el jueves", "reunión con la junta de vecinos"),
    ("anota tú la reunión con los bomberos el viernes a las 5", "reunión con los bomberos"),
    ("agéndeme por favor señorita una reunión con el seremi el lunes a las 9", "reunión con el seremi"),
    ("agendá vos la reu con el club de leones el sábado a las 11", "reunión con el club de leones"),
    ("eh anoten ustedes coma la visita a la escuela rural el martes a las diez", "visita a la escuela rural"),
    ("anoten ustedes el aniversario del liceo el 5 de mayo en efemérides", "aniversario del liceo"),
])
def test_the_addressed_one_is_no_part_of_the_title(read, text: str, title: str) -> None:
    assert read(text)["title"].lower() == title
