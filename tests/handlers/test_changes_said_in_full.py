"""Changes told the way people tell them, through the real parser and dispatcher on a SQLite file: a new day and
time said together both apply (the day the record is on said beside it is not the new one), and a place
corrected after naming the record stores the new place, not the record's name. Sentences written for these
tests, in formal, chat and dictated voices; the chat clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

from datetime import date, time

import pytest

from settings import Settings
from storage.models import Event, Invitation
from tests.handlers.talk import live

ZONE = Settings().zone
MEETING = "Agende una reunión con la directora del CESFAM Los Volcanes el viernes 27 a las 15:00 en el CESFAM"


def _when(record) -> tuple[date, time]:
    return record.day, record.start_at.astimezone(ZONE).time().replace(tzinfo=None)


@pytest.mark.parametrize(("move", "day", "hour"), [
    ("La directora no puede el viernes, pásela al lunes a las 10", date(2026, 11, 30), time(10)),
    ("el vier no puede la directora, muevela pal jueves 3 a las 9 xfa", date(2026, 12, 3), time(9)),
    ("cámbiala al 2 a las nueve y media de la mañana", date(2026, 12, 2), time(9, 30)),
])
def test_a_new_day_and_time_said_together_both_move_the_activity(chat, move, day, hour):
    chat(MEETING, "sí")
    preview = chat(move)
    assert "Cambiar la actividad" in preview.text and "directora" in preview.text
    chat("sí")
    [event] = live(chat, Event)
    assert _when(event) == (day, hour)


def test_a_day_alone_said_with_para_keeps_the_hour(chat):
    chat(MEETING, "sí")
    chat("muévela para el jueves", "sí")
    [event] = live(chat, Event)
    assert _when(event) == (date(2026, 11, 26), time(15))


def test_an_invitation_moved_to_another_day_and_time_takes_both(chat):
    chat("llegó invitación del Rotary a la cena aniversario el viernes 27 a las 19 hrs en el Club de la Unión", "sí")
    chat("El Rotary no puede el viernes, la invitación pásala al sábado 28 a las 20", "sí")
    [invitation] = live(chat, Invitation)
    assert _when(invitation) == (date(2026, 11, 28), time(20))


LUNCH = "Agenda almuerzo con la directiva de la Cámara de Turismo el miércoles 25 a la 1 en el restaurante Don Peyo"


@pytest.mark.parametrize("change", [
    "Cambió el lugar del almuerzo con la Cámara de Turismo, ahora es en el Club de Campo",
    "ojo q cambio el lugar d el almuerzo con la camara, ahora sera en el club de campo",
    "el lugar del almuerzo de turismo ahora es en el Club de Campo",
])
def test_a_place_changed_after_naming_the_activity_stores_the_new_place(chat, change):
    chat(LUNCH, "sí")
    preview = chat(change)
    assert "Club de Campo".lower() in preview.text.lower() and "Don Peyo" in preview.text
    chat("sí")
    [event] = live(chat, Event)
    assert event.place.lower() == "club de campo" and "Cámara de Turismo" in event.title
