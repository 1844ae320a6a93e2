"""A request while a proposal waits: a look-up is answered and the proposal still waits, said in one line; a
request that proposes something else drops it, and says so."""

from __future__ import annotations

import pytest

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from storage.legal import Audience
from storage.models import Event, Invitation
from tests.dialogue.talk import KEY, stored

ACTIVITY = "agenda reunión con la directora de Dideco el jueves 26 a las 10 en la sala de reuniones"
INVITATION = "Llegó invitación de la Junta de Vecinos El Retiro a la inauguración de su sede el sábado 28 a las 11"


@pytest.mark.parametrize("question", ["q tiene el alcalde el jueves?", "¿Qué tiene el alcalde el viernes?",
                                      "¿Me das los teléfonos de los concejales?", "reclamos de aseo",
                                      "q invitaciones tengo pendientes", "efemérides de diciembre"])
def test_a_look_up_while_a_booking_waits_is_answered_and_the_booking_still_waits(chat, dispatcher,
                                                                               question) -> None:
    _, answer, saved = chat(ACTIVITY, question, "sí")
    assert "Sigue pendiente: la actividad «reunión con la directora de Dideco». ¿Lo guardo?" in answer.text, \
        answer.text
    assert "sin guardar" not in answer.text
    assert answer.pending is not None and answer.pending.intent == "event.create"
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert event.title == "reunión con la directora de Dideco" and event.place == "sala de reuniones"


def test_the_look_up_is_answered_before_the_line_that_the_proposal_waits(chat, dispatcher) -> None:
    chat("agenda almuerzo con los concejales el jueves 26 a las 13", "sí")
    _, answer = chat(ACTIVITY, "que tiene el alcalde el jueves 26")
    agenda, _, waiting = answer.text.partition("\n\nSigue pendiente")
    assert "almuerzo con los concejales" in agenda and waiting, answer.text


def test_an_invitation_waiting_is_named_while_the_office_looks_something_up(chat, dispatcher) -> None:
    _, answer, _ = chat(INVITATION, "agenda de mañana", "ok")
    assert "Sigue pendiente: la invitación" in answer.text and "inauguración" in answer.text, answer.text
    assert [invitation.title for invitation in stored(dispatcher, Invitation)] == ["inauguración de su sede"]


def test_a_new_booking_in_the_middle_sets_the_first_aside_visibly(chat, dispatcher) -> None:
    _, other = chat(INVITATION, "agenda almuerzo con los concejales el miércoles 25 a las 13")
    assert "en espera" in other.text and "inauguración" in other.text and "Sigue pendiente" not in other.text
    chat("sí")
    assert [event.title for event in stored(dispatcher, Event)] == ["almuerzo con los concejales"]
    assert stored(dispatcher, Invitation) == []
    chat("sí")
    assert [invitation.title for invitation in stored(dispatcher, Invitation)] == ["inauguración de su sede"]


@pytest.mark.parametrize("look_up", ["solicitudes de audiencia pendientes", "fono del seremi de salud",
                                     "q tiene el alcalde mañana?"])
def test_a_question_for_a_missing_detail_still_waits_after_a_look_up(chat, look_up) -> None:
    asked, answer, proposal = chat("la Fundación Ciudad Verde pide audiencia", look_up, "por el proyecto de ciclovías")
    assert asked.pending is not None and asked.pending.slot == "subject", asked.text
    assert "Sigue pendiente completar la solicitud de audiencia" in answer.text, answer.text
    assert answer.pending == asked.pending
    assert "Ciudad Verde" in proposal.text and "ciclovías" in proposal.text, proposal.text


def test_a_look_up_by_command_keeps_the_proposal_and_a_write_drops_it(dispatcher: Dispatcher, staff: Actor) -> None:
    dispatcher.handle_text(KEY, staff, ACTIVITY)
    looked = dispatcher.handle_intent(KEY, staff, "agenda.query", {})
    assert looked is not None and "Sigue pendiente: la actividad" in looked.text
    assert looked.pending is not None and looked.pending.intent == "event.create"
    dispatcher.handle_text(KEY, staff, INVITATION)
    assert stored(dispatcher, Event) == []


def test_a_command_on_an_item_of_the_last_list_replaces_the_proposal_visibly(chat, dispatcher) -> None:
    chat("la Junta de Vecinos Villa Esperanza solicita audiencia por la plaza del sector", "sí",
         "la Fundación Ciudad Verde pide audiencia por las ciclovías", "sí", "audiencias por responder")
    _, rejected, back = chat(ACTIVITY, "rechaza la segunda", "sí")
    assert "en espera" in rejected.text and "Ciudad Verde" in rejected.text, rejected.text
    assert "Quedó esperando la actividad" in back.text and back.pending is not None, back.text
    assert {a.applicant: a.status for a in stored(dispatcher, Audience)}["Fundación Ciudad Verde"] == "rechazada"
    assert stored(dispatcher, Event) == []


def test_a_command_that_finds_nothing_to_change_leaves_the_proposal_waiting(chat, dispatcher) -> None:
    _, missed, saved = chat(ACTIVITY, "suspende la visita del papa", "sí")
    assert "Sigue pendiente: la actividad" in missed.text, missed.text
    assert saved.stored and [event.title for event in stored(dispatcher, Event)] == [
        "reunión con la directora de Dideco"]


@pytest.mark.parametrize(("request_", "look_up"), [
    ("agenda reunión con el jefe de gabinete de la gobernación", "¿qué tiene la alcaldesa el viernes?"),
    ("llegó invitación de la Escuela Artística de Linares a su muestra de fin de año", "q hay el jueves en la agenda"),
])
def test_a_look_up_naming_a_day_does_not_answer_the_question_for_the_day(chat, dispatcher, request_,
                                                                          look_up) -> None:
    asked, answer, proposal = chat(request_, look_up, "el martes 1 de diciembre a las 10")
    assert asked.pending is not None and asked.pending.slot == "start", asked.text
    assert "Sigue pendiente completar" in answer.text and answer.pending == asked.pending, answer.text
    assert "martes 1 de diciembre, 10:00" in proposal.text, proposal.text


@pytest.mark.parametrize("line", ["uy no, esa no era, borrala", "no no, esa no, elimínala porfa"])
def test_a_removal_waiting_is_not_named_by_the_words_that_pointed_at_it(chat, line: str) -> None:
    *_, asked = chat("agrega efeméride 25 de junio aniversario de la radio Camanchaca", "ya", line,
                     "q tiene el alcalde mañana")
    assert "Sigue pendiente: el borrado de la efeméride" in asked.text, asked.text
    assert "«no»" not in asked.text and "«esa»" not in asked.text
