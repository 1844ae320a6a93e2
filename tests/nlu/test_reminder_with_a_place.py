"""A reminder that names a place says it once: the place the action goes to stays in the title, with no place of its
own («recuérdame el jueves a las 10 pasar a la notaría de Prat»); one said with «en» after the action is the place,
and ends the title («… pasar a la notaría de Prat en calle Prat 450»)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title"), [
    ("recuérdame el jueves a las 10 pasar a la notaría de Prat", "pasar a la notaría de Prat"),
    ("recuérdame el viernes a las 9 ir al cesfam Los Aromos a buscar los remedios",
     "ir al cesfam Los Aromos a buscar los remedios"),
    ("Recuérdeme el lunes a las 12 ir a la municipalidad de Angol a firmar", "ir a la municipalidad de Angol a firmar"),
    ("recuerdame mañana a las 8 pasar x la notaría a buscar los poderes", "pasar por la notaría a buscar los poderes"),
])
def test_the_place_the_action_goes_to_stays_in_the_title(read, text: str, title: str) -> None:
    got = read(text)
    assert got["intent"] == "event.create", got
    assert got["title"] == title, got
    assert "place" not in got, got


@pytest.mark.parametrize(("text", "title", "place"), [
    ("recuérdame el jueves a las 10 pasar a la notaría de Prat en calle Prat 450", "pasar a la notaría de Prat",
     "calle Prat 450"),
    ("recuérdame el jueves a las 10 firmar el convenio en la notaría de Prat", "firmar el convenio", "notaría de Prat"),
    ("recuérdenos el martes a las 16 retirar los diplomas en la imprenta Gutenberg", "retirar los diplomas",
     "imprenta Gutenberg"),
])
def test_a_place_said_with_en_is_apart_from_the_action(read, text: str, title: str, place: str) -> None:
    got = read(text)
    assert (got["title"], got.get("place")) == (title, place), got
