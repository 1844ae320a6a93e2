"""«anota: el mismo día, a la misma hora, reunión con …» right after an activity or an invitation was stored, changed,
or while its preview waits: a new activity on that record's day and at its hour (as it stands after a change), with
a title free of «el mismo día». The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

SEREMI = "agenda reunión con el seremi de salud el jueves 26 a las 10 en la municipalidad"
ROTARY = "llegó invitación del Rotary a la cena aniversario el viernes 27 a las 20 en el club de campo"


def _new(dispatcher, words: str) -> Event:
    [event] = [event for event in stored(dispatcher, Event) if words in event.title]
    return event


def _when(dispatcher, event: Event) -> tuple[int, str]:
    return event.day.day, event.start_at.astimezone(dispatcher.settings.zone).strftime("%H:%M")


@pytest.mark.parametrize(("line", "words"), [
    ("anota: el mismo día, a la misma hora, reunión con la directiva del sindicato", "sindicato"),
    ("apunta pa el mismo día y misma hora: visita de la directora del DAEM", "DAEM"),
    ("mismo día misma hora reu con los dirigentes de la feria, agéndala xfa", "feria"),
    ("Agende, por favor, para el mismo día y a la misma hora una entrevista con radio Bío Bío", "radio"),
])
def test_after_an_activity_was_stored(chat, dispatcher, line: str, words: str) -> None:
    *_, preview, _ = chat(SEREMI, "sí", line, "sí")
    assert "mismo" not in preview.text and "jueves 26 de noviembre, 10:00" in preview.text, preview.text
    assert _when(dispatcher, _new(dispatcher, words)) == (26, "10:00")


def test_after_an_invitation_was_stored(chat, dispatcher) -> None:
    chat(ROTARY, "sí", "anota: el mismo día, a la misma hora, reunión con el directorio de la cooperativa", "sí")
    assert _when(dispatcher, _new(dispatcher, "cooperativa")) == (27, "20:00")


def test_after_the_activity_was_moved_it_takes_the_new_hour(chat, dispatcher) -> None:
    chat(SEREMI, "sí", "cámbiala a las 11:30", "sí",
         "anota: el mismo día, a la misma hora, reunión con la directiva del sindicato", "sí")
    assert _when(dispatcher, _new(dispatcher, "sindicato")) == (26, "11:30")


def test_said_as_the_yes_to_the_activitys_preview(chat, dispatcher) -> None:
    *_, both, _ = chat(SEREMI, "anota: el mismo día, a la misma hora, reunión con la directiva del sindicato", "sí")
    assert "guardada" in both.text and "jueves 26 de noviembre, 10:00" in both.text, both.text
    assert _when(dispatcher, _new(dispatcher, "seremi")) == (26, "10:00")
    assert _when(dispatcher, _new(dispatcher, "sindicato")) == (26, "10:00")
