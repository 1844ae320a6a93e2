"""One more efeméride told whole right after one was stored or while one waits («ah y el 22 de febrero aniversario
de Vicuña», «tb el 12 de octubre …»): the joining word and a day with its title propose another efeméride, never
look up the agenda nor change the one waiting; «¿y el 22 de febrero?» alone, after the agenda, still asks it again."""

from __future__ import annotations

import pytest

COMUNA = "agrega efeméride 20 de enero aniversario de la comuna"


@pytest.mark.parametrize(("told", "title", "day"), [
    ("ah y el 22 de febrero aniversario de Vicuña", "aniversario de Vicuña", "22 de febrero"),
    ("tb el 12 de octubre encuentro de dos mundos", "encuentro de dos mundos", "12 de octubre"),
    ("Y además, el 8 de marzo, Día Internacional de la Mujer.", "Día Internacional de la Mujer", "8 de marzo"),
    ("y también el cinco de junio, día del medio ambiente", "día del medio ambiente", "5 de junio"),
])
def test_one_more_after_an_efemeride_was_stored_is_proposed(chat, told, title, day) -> None:
    chat(COMUNA, "sí")
    [proposed] = chat(told)
    assert "Nueva efeméride" in proposed.text and title in proposed.text and day in proposed.text, proposed.text
    assert proposed.pending is not None


def test_one_more_while_one_waits_sets_the_first_aside_unchanged(chat) -> None:
    chat(COMUNA)
    [second, first, stored] = chat("oye y el 12 de octubre encuentro de dos mundos", "sí", "sí")
    assert "encuentro de dos mundos" in second.text and "12 de octubre" in second.text, second.text
    assert "aniversario de la comuna" in first.text and "20 de enero" in first.text, first.text
    assert "aniversario de la comuna" in stored.text, stored.text


def test_the_same_title_with_another_day_corrects_the_one_waiting(chat) -> None:
    chat(COMUNA)
    [corrected] = chat("y el 21 de enero aniversario de la comuna")
    assert "21 de enero" in corrected.text and "aniversario de la comuna" in corrected.text, corrected.text
    assert "Quedó esperando" not in corrected.text


def test_a_bare_day_after_the_agenda_asks_the_agenda_again(chat) -> None:
    chat(COMUNA, "sí")
    [_, again] = chat("agenda del 20 de enero", "¿y el 22 de febrero?")
    assert "22 de febrero" in again.text and "Nueva efeméride" not in again.text, again.text
