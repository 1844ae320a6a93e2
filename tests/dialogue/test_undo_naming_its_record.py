"""«deje la reunión con la DAEM como estaba», «revierte el cambio del ensayo»: a restoring clause that names its record
takes back that record's last change, even after something else was stored, and says how it reads again."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("words", ["Perdón, me confundí: deje el ensayo de la banda como estaba.",
                                   "revierta el cambio del ensayo de la banda por favor",
                                   "no, vuelva a dejar el ensayo como antes",
                                   "uy, el ensayo de la banda déjelo como estaba"])
def test_restoring_a_named_record_takes_back_its_change(chat, dispatcher, words: str) -> None:
    chat("agéndame ensayo de la banda municipal el jueves 26 a las 18 en el gimnasio", "sí",
         "el ensayo de la banda se corre a las 19:30", "sí",
         "agenda visita a la escuela Arturo Prat el viernes 27 a las 9", "sí")
    [undone] = chat(words)
    assert undone.stored and undone.text.startswith("Deshecho"), undone.text
    assert "18:00" in undone.text and "ensayo" in undone.text, undone.text
    [agenda] = chat("agenda del jueves 26")
    assert "18:00" in agenda.text and "19:30" not in agenda.text, agenda.text
    assert any("Prat" in event.title for event in stored(dispatcher, Event)), "the later activity stays"


def test_a_record_never_changed_is_not_undone(chat) -> None:
    chat("agenda visita a la escuela Arturo Prat el viernes 27 a las 9", "sí")
    [reply] = chat("deje la visita a la escuela como estaba")
    assert not reply.text.startswith("Deshecho") and "agendo" not in reply.text, reply.text
