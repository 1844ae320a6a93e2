"""An undo said with its pronoun or in another person («deshazlo», «reviértanlo», «deshágamelo»), or in other words
(«vuelve atrás eso», «échalo pa atrás», «anula el último cambio», «anulen ese cambio») takes back the last change,
and never reads as cancelling the record. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

BOMBEROS = "agenda reunión con bomberos el jueves 26 a las 10 en el cuartel"


def _hour(dispatcher, event: Event) -> str:
    return event.start_at.astimezone(dispatcher.settings.zone).strftime("%H:%M")


@pytest.mark.parametrize("words", ["deshazlo", "reviértanlo porfa", "deshágamelo por favor", "revertilo",
                                   "vuelve atrás eso", "échalo pa atrás", "anula el último cambio",
                                   "anulen ese cambio"])
def test_an_undo_in_other_forms_takes_back_the_change(chat, dispatcher, words: str) -> None:
    chat(BOMBEROS, "sí", "pásala a las 12", "sí")
    [undone] = chat(words)
    assert undone.text.startswith("Deshecho el cambio"), undone.text
    [event] = stored(dispatcher, Event)
    assert (event.title, _hour(dispatcher, event)) == ("reunión con bomberos", "10:00")


@pytest.mark.parametrize("words", ["deshazlo", "reviértanlo", "deshágalo"])
def test_an_undo_with_a_pronoun_right_after_storing_takes_the_record_back(chat, dispatcher, words: str) -> None:
    chat("efeméride: aniversario de la escuela Arturo Prat el 14 de mayo", "sí")
    [undone] = chat(words)
    assert undone.text.startswith("Deshecho"), undone.text
