"""Corrections of a waiting proposal said as people say them: several in one message, as a contrast («no es
en X sino en Y»), or with the day in another clause than the hour. Each changes what it names and keeps the rest."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("llegó invitación de la Junta de Vecinos Villa Esperanza a la inauguración de la sede "
              "el martes 24 a las 10 en el gimnasio municipal")


@pytest.mark.parametrize("correction", [
    "no. jueves 26, 9:30, sala de concejo",
    "no, es el jueves 26 a las 9:30, sala de concejo",
    "perdón, jueves 26; 9:30 hrs; sala de concejo",
    "noo q es el jueves 26, a las 9:30, en la sala de concejo",
    "noo, el 26 a las 9 y media, sala de concejo",
    "ojo: jueves 26 / 9:30 / sala de concejo",
    "cambia a jueves 26, 9:30 y sala de concejo",
    "Corrección: la fecha es el jueves 26, a las 9:30 horas, en la sala de concejo.",
])
def test_a_list_of_corrections_changes_the_day_the_hour_and_the_place(chat, correction) -> None:
    _, preview = chat(INVITATION, correction)
    assert "jueves 26 de noviembre, 09:30" in preview.text, preview.text
    assert "Lugar: sala de concejo" in preview.text and "Villa Esperanza" in preview.text, preview.text


@pytest.mark.parametrize("correction", [
    "no po, no es en el gimnasio sino en el salón auditorio",
    "no, no es en el gimnasio, es en el salón auditorio",
    "No es en el gimnasio municipal sino en el salón auditorio, disculpe.",
    "disculpe, el lugar no es el gimnasio, es el salón auditorio",
    "el lugar no es el gimnasio sino el salón auditorio",
    "no es en el gimnasio sino el salón auditorio",
    "no, en el salón auditorio mejor",
    "mejor en el salón auditorio nomás po",
])
def test_a_place_said_as_a_contrast_changes_only_the_place(chat, dispatcher, correction) -> None:
    _, preview, saved = chat(INVITATION, correction, "sí")
    assert "Lugar: salón auditorio" in preview.text and "martes 24, 10:00" in preview.text, preview.text
    assert saved.stored, saved.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "salón auditorio"


@pytest.mark.parametrize("correction", ["muévela al viernes, misma hora", "pásala al viernes a la misma hora",
                                        "mejor al viernes 27"])
def test_a_new_day_keeps_the_hour_and_is_no_place(chat, correction) -> None:
    _, preview = chat(INVITATION, correction)
    assert "viernes 27 de noviembre, 10:00" in preview.text, preview.text
    assert "Lugar: gimnasio municipal" in preview.text, preview.text


@pytest.mark.parametrize(("correction", "when"), [
    ("no es a las 10 sino a las 11", "martes 24, 11:00"),
    ("no era el martes, es el jueves", "jueves 26 de noviembre, 10:00"),
    ("me equivoqué de día, es el miércoles", "miércoles 25 de noviembre, 10:00"),
    ("la hora no es 10, es 10:30", "martes 24, 10:30"),
])
def test_a_day_or_an_hour_said_as_a_contrast_changes_only_that(chat, correction, when) -> None:
    _, preview = chat(INVITATION, correction)
    assert when in preview.text and "Lugar: gimnasio municipal" in preview.text, preview.text


def test_a_stored_activity_says_the_corrected_place_it_keeps(chat, dispatcher) -> None:
    *_, saved = chat("agenda reunión con bomberos el jueves 26 a las 10 en el cuartel",
                     "no, en la sala de concejo mejor", "listo, guárdala")
    assert "sala de concejo" in saved.text and "cuartel" not in saved.text, saved.text
    [event] = stored(dispatcher, Event)
    assert event.place == "sala de concejo"


@pytest.mark.parametrize(("correction", "when"), [
    ("Ojo: a las 11, no 10:30.", "martes 24, 11:00"),
    ("a las 12 hrs, no 11:45", "martes 24, 12:00"),
    ("perdón: 16:15, no 10 hrs", "martes 24, 16:15"),
])
def test_the_old_number_denied_after_the_new_one_is_not_taken(chat, correction, when) -> None:
    _, preview = chat(INVITATION, correction)
    assert when in preview.text and "Lugar: gimnasio municipal" in preview.text, preview.text
