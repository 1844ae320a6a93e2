"""«mejor borra lo último», «disculpa, mejor deshaz eso»: a lead word before the undo never breaks it, and «lo
último» with no list shown picks nothing (it once raised IndexError)."""

from __future__ import annotations

import pytest

from bot.picking import pick


@pytest.mark.parametrize("words", ["mejor borra lo ultimo", "no, mejor elimina lo último que hiciste",
                                   "disculpa, mejor deshaz eso", "ups, deshaz", "oye, deshaz lo último"])
def test_undo_after_a_lead_word_takes_back_the_last_record(chat, words: str) -> None:
    chat("agenda reunión con carabineros el martes 24 a las 10 en la comisaría", "sí",
         "agenda también visita al CESFAM el miércoles 25 a las 12", "sí")
    [undone] = chat(words)
    assert undone.text.startswith("Deshecho") and "CESFAM" in undone.text, undone.text


def test_the_last_of_no_list_picks_nothing() -> None:
    assert pick("la última", (), 0) == []
