"""An opening «ya», «ok», «jaja» that answers nothing is not part of the request; one that answers a preview
stores it and the request that follows is done too, both said. A week or month named before the day
keeps the day asked for inside it."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.reply import PendingKind
from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("said", ["jaja ya. q tiene el alcalde mañana", "Ok, ¿qué tiene el alcalde mañana?",
                                  "ya dale, agenda de mañana porfa"])
def test_an_opening_with_nothing_pending_is_read_past(chat, said) -> None:
    chat("agenda reunión con el seremi mañana a las 10", "sí")
    [answer] = chat(said)
    assert "reunión con el seremi" in answer.text and "10:00" in answer.text, answer.text


def test_an_opening_does_not_reach_the_slots_of_a_new_activity(chat, dispatcher) -> None:
    [preview] = chat("ok dale, agenda reunión con el seremi el jueves a las 10")
    assert "Lugar" not in preview.text and "jueves 26" in preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.place is None and event.title == "reunión con el seremi"


@pytest.mark.parametrize("said", ["ya. q tiene el alcalde el jueves", "Sí, gracias. ¿Qué tiene el alcalde el jueves?"])
def test_a_yes_then_a_question_stores_and_answers_saying_both(chat, dispatcher, said) -> None:
    chat("agenda reunión con el seremi el jueves 26 a las 10")
    [reply] = chat(said)
    assert "guardada" in reply.text and "Agenda del jueves 26" in reply.text, reply.text
    assert reply.pending is None
    assert [event.title for event in stored(dispatcher, Event)] == ["reunión con el seremi"]


def test_an_elliptical_follow_up_keeps_its_opening(chat) -> None:
    chat("agenda reunión con el seremi el viernes 27 a las 10", "sí", "agenda del jueves")
    [again] = chat("ok y el viernes?")
    assert "reunión con el seremi" in again.text


@pytest.mark.parametrize(("first", "answer"), [
    ("agenda reunión con el director de obras la próxima semana", "el martes a las 10"),
    ("Agéndeme una reunión con el director de obras para la otra semana.", "El martes, a las 10 horas."),
    ("pon reunion con director de obras la prox semana", "martes 10 am"),
])
def test_a_weekday_answered_after_next_week_is_next_weeks(chat, dispatcher, first, answer) -> None:
    [asked] = chat(first)
    assert asked.pending is not None and asked.pending.kind is PendingKind.ASK, asked.text
    [preview] = chat(answer)
    assert "martes 1 de diciembre" in preview.text and "10:00" in preview.text, preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.day == date(2026, 12, 1)


def test_a_relative_day_answered_after_a_period_keeps_its_meaning(chat, dispatcher) -> None:
    chat("agenda reunión con la dideco la próxima semana")
    [preview] = chat("mañana a las 9")
    assert "martes 24" in preview.text


@pytest.mark.parametrize("said", ["uy no, deshaz eso", "Ay, no. Deshaga lo último, por favor.", "ups deshacer"])
def test_an_undo_after_a_regretful_opening_undoes(chat, dispatcher, said) -> None:
    chat("agenda reunión con el director del hospital el miércoles 25 a las 16", "sí")
    [undone] = chat(said)
    assert undone.text.startswith("Deshecho"), undone.text
    assert stored(dispatcher, Event) == []


@pytest.mark.parametrize("said", ["uf q calor hace hoy, no?", "Qué calor hace hoy, ¿no cree?"])
def test_chatter_while_a_preview_waits_keeps_it_waiting(chat, dispatcher, said) -> None:
    chat("agenda reunion de coordinacion del festival el jueves 26 a las 9 en el anfiteatro")
    [aside] = chat(said)
    assert aside.pending is not None and aside.pending.kind is PendingKind.CONFIRM, aside.text
    [saved] = chat("ya, guardala")
    assert saved.stored and "jueves 26" in saved.text


def test_a_clause_that_says_what_it_is_not_does_not_undo_the_correction(chat, dispatcher) -> None:
    chat("agenda reunion con el cosoc el jueves 26 a las 18 en la sala de concejo", "no, a las 19")
    [corrected] = chat("y en el salon auditorio, no en la sala de concejo")
    assert "salon auditorio" in corrected.text and "19:00" in corrected.text, corrected.text
    chat("si")
    [event] = stored(dispatcher, Event)
    assert event.place == "salon auditorio"
