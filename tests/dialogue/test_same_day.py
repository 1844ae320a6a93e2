"""«ese mismo día» names the day of the record the conversation is about: a second activity told for that day
falls on it, its bare hour too, and the focus that remembers the day survives a restart like the rest of it.
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

VISIT = "agenda visita a la Empresa Portuaria el martes 1 de diciembre a las 9:30"


@pytest.mark.parametrize("line", [
    "Ese mismo día a las 4 hay reunión con el sindicato de estibadores en el municipio; agéndela también",
    "el mismo dia a las 16 reu con el sindicato de estibadores, agendala x fa",
    "y ese día a las 4 de la tarde agende también reunión con el sindicato de estibadores",
])
def test_a_second_activity_said_for_the_same_day_falls_on_it(chat, dispatcher, line: str) -> None:
    *_, preview, saved = chat(VISIT, "sí", line, "sí")
    assert "martes 1 de diciembre, 16:00" in preview.text, preview.text
    days = {event.title: event.day.isoformat() for event in stored(dispatcher, Event)}
    assert days["reunión con el sindicato de estibadores"] == "2026-12-01", saved.text


def test_without_a_dated_record_in_focus_the_same_day_is_not_guessed(chat) -> None:
    [reply] = chat("ese mismo día a las 4 agenda reunión con el sindicato")
    assert "1 de diciembre" not in reply.text


ANNIVERSARY = "agrega efeméride 16 de enero aniversario del Liceo de Illapel"


@pytest.mark.parametrize("line", [
    "ese mismo día a las 10 hay acto en el liceo, agéndalo",
    "El mismo día, a las 10:00, agende el acto de aniversario en el gimnasio del liceo.",
    "y ese dia a las 10 agenda el acto en el liceo porfa",
])
def test_an_efemeride_stored_gives_its_next_occurrence_as_the_same_day(chat, dispatcher, line: str) -> None:
    *_, preview, saved = chat(ANNIVERSARY, "sí", line, "sí")
    assert "16 de enero de 2027, 10:00" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.day.isoformat() == "2027-01-16", saved.text


def test_an_efemeride_shown_alone_gives_its_day(chat, dispatcher) -> None:
    *_, preview, _ = chat("agregar efeméride el 28 de noviembre día del funcionario municipal", "sí",
                          "efemérides de esta semana", "el mismo dia a las 13 agenda almuerzo con los funcionarios",
                          "sí")
    assert "sábado 28 de noviembre, 13:00" in preview.text, preview.text
    assert [event.day.isoformat() for event in stored(dispatcher, Event)] == ["2026-11-28"]


def test_a_look_up_of_the_same_day_asks_for_that_day(chat) -> None:
    *_, answer = chat("agregar efeméride el 28 de noviembre día del funcionario municipal", "sí",
                      "¿qué tiene el alcalde ese mismo día?")
    assert "28 de noviembre" in answer.text and "hoy" not in answer.text, answer.text


@pytest.mark.parametrize(("asked", "day"), [("qué tiene el alcalde el jueves", "jueves 26 de noviembre"),
                                            ("¿Qué actividades tiene el alcalde el viernes 4 de diciembre?",
                                             "viernes 4 de diciembre"),
                                            ("efemérides del 10 de diciembre", "jueves 10 de diciembre")])
def test_a_day_asked_about_is_the_same_day(chat, asked: str, day: str) -> None:
    _, preview = chat(asked, "ese mismo día a las 17 agenda reunión con el club deportivo")
    assert f"{day}, 17:00" in preview.text, preview.text


def test_a_day_asked_after_a_record_stored_wins(chat) -> None:
    *_, preview = chat(VISIT, "sí", "qué tiene el alcalde el jueves", "el mismo dia a las 17 reu con el club deportivo")
    assert "jueves 26 de noviembre, 17:00" in preview.text, preview.text


def test_a_record_stored_after_a_day_asked_wins(chat) -> None:
    *_, preview = chat("qué tiene el alcalde el jueves", "agenda almuerzo con la cámara el viernes a las 13", "sí",
                       "ese mismo día a las 17 agenda reunión con el club deportivo")
    assert "viernes 27 de noviembre, 17:00" in preview.text, preview.text


@pytest.mark.parametrize("line", ["ese mismo día a las 4 agenda también reunión con el sindicato",
                                  "Ese mismo día, a las 16:00, agende además la reunión con el sindicato."])
def test_the_same_day_while_a_proposal_waits_is_the_proposals(chat, dispatcher, line: str) -> None:
    _, preview, saved, _ = chat(VISIT, line, "sí", "sí")
    assert "martes 1 de diciembre, 16:00" in preview.text, preview.text
    days = sorted(event.day.isoformat() for event in stored(dispatcher, Event))
    assert days == ["2026-12-01", "2026-12-01"], saved.text
