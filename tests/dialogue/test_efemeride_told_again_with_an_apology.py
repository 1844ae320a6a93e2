"""An efeméride told again under an apology or a correction head («Disculpe, me equivoqué: el aniversario del Liceo
Bicentenario es el 16 de enero») changes the date of the stored one its words name, previewed, confirmed, audited and
undoable; the apology is never the title of a new efeméride. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Efemeride
from tests.dialogue.talk import stored

LICEO = "efeméride: aniversario del Liceo Bicentenario el 15 de enero"
CLUB = "efeméride aniversario del club de adulto mayor Las Camelias el 1 de mayo"
JUNTA = "agrega la efeméride día de la junta de vecinos Villa Sur el 7 de octubre"
SCHOOL = "efeméride: aniversario de la escuela Gabriela Mistral, 20 de abril"
MEETING = "agenda reunión con el director de Secplan mañana a las 10"


def _dates(dispatcher, words: str) -> list[tuple[int, int]]:
    return [(e.month, e.day_of_month) for e in stored(dispatcher, Efemeride) if words in e.title.lower()]


@pytest.mark.parametrize(("told", "correction", "words", "expected"), [
    (LICEO, "Disculpe, me equivoqué: el aniversario del Liceo Bicentenario es el 16 de enero", "liceo", (1, 16)),
    (CLUB, "uy perdón, el aniversario del club de adulto mayor Las Camelias es el 3 de mayo", "camelias", (5, 3)),
    (JUNTA, "Corrección: el día de la junta de vecinos Villa Sur es el 9 de octubre", "villa sur", (10, 9)),
    (SCHOOL, "perdona, me confundí, el aniversario de la escuela Gabriela Mistral es el 22 de abril no el 20",
     "mistral", (4, 22)),
])
def test_the_stored_efemeride_is_moved_not_told_anew(chat, dispatcher, told: str, correction: str, words: str,
                                                     expected: tuple[int, int]) -> None:
    *_, preview, saved = chat(told, "sí", MEETING, "sí", correction, "sí")
    assert "Cambiar la efeméride" in preview.text and "Nueva efeméride" not in preview.text, preview.text
    assert "actualizada" in saved.text, saved.text
    assert _dates(dispatcher, words) == [expected]
    assert not [e for e in stored(dispatcher, Efemeride) if e.title.lower().startswith(("disc", "perd", "uy"))]


@pytest.mark.parametrize("line", ["ah, perdón, corrijo: el Día del Periodista es el 13 de julio",
                                  "Corrección: el día del periodista es el 13 de julio"])
def test_a_correction_head_is_no_title(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat("efeméride: Día del Periodista el 11 de julio", "sí", line, "sí")
    assert "Cambiar la efeméride" in preview.text and "corrijo" not in preview.text.lower(), preview.text
    assert _dates(dispatcher, "periodista") == [(7, 13)]


def test_a_change_told_unsure_under_an_apology_is_proposed(chat, dispatcher) -> None:
    *_, preview, _ = chat(LICEO, "sí", "Disculpe, me equivoqué: la efeméride del liceo es el 16 de enero", "sí")
    assert "Cambiar la efeméride" in preview.text, preview.text
    assert _dates(dispatcher, "liceo") == [(1, 16)]


def test_the_change_is_undone_back_to_the_first_date(chat, dispatcher) -> None:
    *_, undone = chat(LICEO, "sí", "Disculpe, me equivoqué: el aniversario del Liceo Bicentenario es el 16 de enero",
                      "sí", "deshacer")
    assert "Deshecho" in undone.text, undone.text
    assert _dates(dispatcher, "liceo") == [(1, 15)]


def test_a_bare_day_keeps_the_month_of_the_efemeride_named(chat, dispatcher) -> None:
    *_, preview, _ = chat(LICEO, "sí", "perdón, el aniversario del Liceo Bicentenario es el 17", "sí")
    assert "17 de enero" in preview.text, preview.text
    assert _dates(dispatcher, "liceo") == [(1, 17)]


def test_an_apology_before_an_efemeride_not_stored_tells_a_new_one_without_it(chat) -> None:
    [preview] = chat("disculpe, el aniversario de la Escuela Los Copihues es el 4 de abril")
    assert "Nueva efeméride" in preview.text and "aniversario de la Escuela Los Copihues" in preview.text, preview.text
    assert "isculpe" not in preview.text, preview.text
