"""A preview points out what the user should see before saying yes: a weekday that is not the day's number's,
a time a DST change skips or repeats (Chile: forward on the first Sunday of September at 0:00, back on the
first Sunday of April at 24:00 of the Saturday)."""

from __future__ import annotations

from datetime import datetime

import pytest

from storage.models import Event, Invitation
from tests.dialogue.conftest import SANTIAGO
from tests.dialogue.talk import stored


@pytest.fixture
def september(clock):
    clock.now = datetime(2026, 9, 1, 9, 0, tzinfo=SANTIAGO)  # a Tuesday; Monday the 14th is two weeks ahead


@pytest.mark.parametrize("said", ["agenda reunión con el seremi el martes 14 a las 10",
                                  "Agende una reunión con el seremi para el martes 14 de septiembre, 10 horas.",
                                  "agendame reu con el seremi el martes 14 a las 10 xfa"])
def test_a_weekday_that_is_not_the_numbers_is_questioned(chat, september, said) -> None:
    [preview] = chat(said)
    assert "lunes 14 de septiembre" in preview.text
    assert "no martes" in preview.text and "martes 15" in preview.text, preview.text


def test_the_correction_the_note_suggests_moves_it_and_the_note_goes(chat, dispatcher, september) -> None:
    _, corrected, _ = chat("llegó invitación del Rotary a la cena el martes 14 a las 20", "no, el martes 15", "sí")
    assert "martes 15" in corrected.text and "Ojo" not in corrected.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.start_at.astimezone(SANTIAGO).day == 15


def test_a_weekday_that_fits_its_number_says_nothing(chat, september) -> None:
    [preview] = chat("agenda reunión con el seremi el lunes 14 a las 10")
    assert "Ojo" not in preview.text


def test_a_time_the_clock_skips_is_flagged_with_the_time_it_becomes(chat, dispatcher, september) -> None:
    [preview] = chat("agenda reunión con el seremi el domingo 6 de septiembre a las 0:30")
    assert "00:30 no existen" in preview.text and "01:30" in preview.text, preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.start_at.astimezone(SANTIAGO).strftime("%H:%M") == "01:30"


def test_a_time_the_clock_repeats_says_which_one_is_kept(chat, september) -> None:
    [preview] = chat("llegó invitación de la junta de vecinos a la fiesta el sábado 3 de abril a las 23:30")
    assert "23:30 ocurren dos veces" in preview.text and "la primera" in preview.text, preview.text


def test_an_ordinary_night_says_nothing_of_the_clock(chat, september) -> None:
    [preview] = chat("agenda reunión con el seremi el domingo 13 de septiembre a las 0:30")
    assert "Ojo" not in preview.text
