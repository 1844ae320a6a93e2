"""An invitation its organizer called off, told as news rather than ordered («suspendieron la once de los bomberos por
la lluvia», «se cayó el aniversario del club, lo postergaron sin fecha», «la trilla quedó hasta nuevo aviso»): the
invitation's removal (`invitation.cancel`), previewed and undoable; never a change that asks what to change, nor an
efeméride of similar words. A postponement to a new day is still a change. The clock is Monday 23 November 2026."""

from __future__ import annotations

import pytest

from storage.models import Efemeride, Invitation
from tests.dialogue.talk import stored

FIREMEN = ("llegó invitación de la Segunda Compañía de Bomberos a la once de aniversario el jueves 26 a las 17 "
           "en el cuartel")
CLUB = "invitación del Club Deportivo Unión a la cena de aniversario del club el viernes 27 a las 20 en su sede"
RODEO = "llega invitación de la Asociación de Huasos a la trilla a yegua suelta el sábado 28 a las 11 en la medialuna"
DAY = "agrega efeméride 12 de enero aniversario del Club Deportivo Unión"
STORED = (DAY, "sí", FIREMEN, "sí", CLUB, "sí", RODEO, "sí")


def _live(dispatcher) -> list[str]:
    return sorted(invitation.organizer or "" for invitation in stored(dispatcher, Invitation))


@pytest.mark.parametrize(("line", "gone"), [
    ("suspendieron la once de los bomberos por la lluvia", "Segunda Compañía de Bomberos"),
    ("se cayó la cena de aniversario del club, la postergaron sin fecha", "Club Deportivo Unión"),
    ("los huasos postergaron la trilla hasta nuevo aviso", "Asociación de Huasos"),
    ("ojo que la cena del Club Deportivo Unión se pospuso sin fecha", "Club Deportivo Unión"),
])
def test_an_invitation_called_off_is_removed(chat, dispatcher, clock, line: str, gone: str) -> None:
    chat(*STORED, "reclamo de la vecina Ana Tapia por un perro suelto en pasaje Los Pinos 12", "sí")
    clock.advance(hours=6)  # the conversation moved on: nothing is in focus
    preview, removed = chat(line, "sí")
    assert "Quitar la invitación" in preview.text, preview.text
    assert gone not in _live(dispatcher) and len(_live(dispatcher)) == 2, removed.text
    assert len(stored(dispatcher, Efemeride)) == 1


def test_a_postponement_to_a_new_day_is_a_change(chat, dispatcher) -> None:
    *_, preview = chat(*STORED, "postergaron la trilla de los huasos para el domingo 29 a las 11")
    assert "Cambiar la invitación" in preview.text, preview.text
