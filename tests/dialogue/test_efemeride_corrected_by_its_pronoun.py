"""«me equivoque, era el 22 de enero, corrigela» right after an efeméride was stored: the pronoun is that efeméride,
whose date changes; «era» names no record (it asked «¿Qué actividad?» and stayed stuck on that question)."""

from __future__ import annotations

import pytest

from storage.models import Efemeride
from tests.dialogue.talk import stored

TOLD = "agrega efemeride 20 de enero aniversario de la fundacion de chillan viejo"


@pytest.mark.parametrize("words", [
    "me equivoque, era el 22 de enero, corrigela",
    "sorry era el 22, corregila",
    "Disculpe, me equivoqué: era el 22 de enero, corríjala por favor",
    "perdón coma es el 22 de enero coma cámbiala",
])
def test_the_pronoun_is_the_efemeride_just_stored(chat, dispatcher, words: str) -> None:
    chat(TOLD, "sí")
    preview, done = chat(words, "sí")
    assert "22 de enero" in preview.text and "actividad" not in preview.text, preview.text
    assert done.stored, done.text
    [efemeride] = [e for e in stored(dispatcher, Efemeride) if "chillan" in e.title]
    assert (efemeride.month, efemeride.day_of_month) == (1, 22), efemeride
