"""An invitation's title without the words that frame it (sentences written for these tests only): «tenemos una
invitación de X para …» says the invitation arrived, a trailing instruction («así que avísele a la directora»)
hands it on, and neither names the activity; an event named by its period («semana de la chilenidad») keeps its
head noun."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize("text", [
    "tenemos una invitación de la junta de vecinos Bellavista para el sábado 13 a las 17",
    "Tenemos una invitación del Club de Leones para el viernes 12 a las 20 hrs.",
    "tengo una invitacion del sindicato pal jueves 11 a las 19",
    "Alcalde, tiene una invitación de la Cámara de Comercio para el martes 16 a las 13",
])
def test_having_an_invitation_is_not_its_title(parser, text):
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.create"
    assert "invitaci" not in (understood.slots.get("title") or "").lower()


@pytest.mark.parametrize(("text", "title"), [
    ("Invitación del Rotary a la cena aniversario el viernes 12 a las 21, así que avísele a la directora",
     "cena aniversario"),
    ("invitacion del club de huasos a la ramada el sabado 13 a las 15, asi q avisale a la jefa de gabinete",
     "ramada"),
    ("La escuela Arturo Prat invita a la muestra de talentos el jueves 11 a las 10, por eso dígale a la secretaria",
     "muestra de talentos"),
    ("Invitación de la Cruz Roja al bingo solidario para que le avise a la directora, el viernes 12 a las 17",
     "bingo solidario"),
])
def test_an_instruction_after_the_invitation_ends_the_title(parser, text, title):
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.create"
    assert understood.slots.get("title") == title


def test_the_activity_own_purpose_stays_in_the_title(parser):
    understood = parser.parse("invitacion al taller para que los niños aprendan a reciclar el viernes 12 a las 17", NOW)
    assert understood.slots.get("title") == "taller para que los niños aprendan a reciclar"


@pytest.mark.parametrize(("text", "title"), [
    ("invitación del liceo a la semana de la chilenidad el 15 de septiembre a las 19", "semana de la chilenidad"),
    ("Invitación del jardín al día del niño el domingo 8 de agosto a las 11", "día del niño"),
    ("la escuela nos invita a la semana del libro el lunes 15 a las 10", "semana del libro"),
])
def test_an_event_named_by_its_period_keeps_its_head(parser, text, title):
    assert parser.parse(text, NOW).slots.get("title") == title
