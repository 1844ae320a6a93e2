"""Several requests in one message: each is handled, the second proposal after the first is answered, and none is
dropped silently; words joined by «y» that ask for one thing stay one request."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from storage.models import Complaint, Event, Invitation
from tests.dialogue.talk import stored

SANTIAGO = ZoneInfo("America/Santiago")
INVITATIONS = ("llegó invitación de la Junta de Vecinos Villa Esperanza a la once comunitaria el viernes 27 a las 17",
               "llegó invitación del Club de Huasos a la ramada el sábado 28 a las 20")


def statuses(dispatcher) -> dict[str, str]:
    return {invitation.organizer: invitation.status for invitation in stored(dispatcher, Invitation)}


def activities(dispatcher) -> dict[str, str]:
    """Each activity's title and local start, «HH:MM on YYYY-MM-DD»."""
    return {event.title: f"{event.start_at.astimezone(SANTIAGO):%H:%M on %Y-%m-%d}"
            for event in stored(dispatcher, Event) if event.invitation_id is None}


@pytest.mark.parametrize("message", [
    "rechaza la del club de huasos y acepta la de la junta de vecinos",
    "la del club de huasos la declinamos; confirma la de la junta de vecinos",
    "rechace la invitación del club de huasos, además acepte la de la junta de vecinos por favor",
])
def test_two_answers_to_stored_invitations_are_both_given(chat, dispatcher, message) -> None:
    chat(INVITATIONS[0], "sí", INVITATIONS[1], "sí")
    first, after_first, after_second = chat(message, "sí", "sí")
    assert "después sigo con" in first.text, first.text
    assert after_first.stored and after_first.pending is not None, after_first.text
    assert after_second.stored and after_second.pending is None, after_second.text
    assert statuses(dispatcher) == {"Junta de Vecinos Villa Esperanza": "accepted", "Club de Huasos": "declined"}


@pytest.mark.parametrize("yes", ["sí, las dos", "ok ambas"])
def test_a_yes_to_both_answers_gives_both_at_once(chat, dispatcher, yes) -> None:
    chat(INVITATIONS[0], "sí", INVITATIONS[1], "sí")
    _, done = chat("acepta la de la junta de vecinos y la del club de huasos la rechazamos", yes)
    assert done.stored and done.pending is None, done.text
    assert statuses(dispatcher) == {"Junta de Vecinos Villa Esperanza": "accepted", "Club de Huasos": "declined"}


def test_two_activities_each_with_its_day_are_both_proposed(chat, dispatcher) -> None:
    first, _, _ = chat("agenda reunión con la directora del DAEM el miércoles 25 a las 10 y el viernes 27 a las 12 "
                       "almuerzo con la cámara de comercio", "sí", "sí")
    assert "almuerzo con la cámara de comercio" in first.text and "reunión con la directora" in first.text
    assert activities(dispatcher) == {"reunión con la directora del DAEM": "10:00 on 2026-11-25",
                                      "almuerzo con la cámara de comercio": "12:00 on 2026-11-27"}


def test_an_activity_with_only_an_hour_is_on_the_day_of_the_one_before(chat, dispatcher) -> None:
    chat("el jueves 26 a las 9 comité de seguridad comunal, y a las 13 almuerzo con dirigentes de la feria", "sí",
         "sí")
    assert activities(dispatcher) == {"comité de seguridad comunal": "09:00 on 2026-11-26",
                                      "almuerzo con dirigentes de la feria": "13:00 on 2026-11-26"}


def test_a_second_invitation_without_its_own_verb_is_one_more_invitation(chat, dispatcher) -> None:
    chat("llegaron invitaciones: de la Cruz Roja a la colecta el sábado 28 a las 11, y de la Escuela Italia al "
         "acto de fin de año el viernes 4 a las 18", "sí", "sí")
    assert {invitation.organizer for invitation in stored(dispatcher, Invitation)} == {"Cruz Roja", "Escuela Italia"}
    assert activities(dispatcher) == {}


@pytest.mark.parametrize("message", [
    "q tiene el alcalde el viernes 27 y agenda reunión con el seremi de obras públicas el viernes 27 a las 16",
    "¿tenemos algo el viernes 27? además agéndame reunión con el seremi de obras públicas el viernes 27 a las 16",
])
def test_a_question_and_a_request_are_both_answered(chat, dispatcher, message) -> None:
    chat("agenda inauguración de la plaza Los Aromos el viernes 27 a las 11", "sí")
    answer, saved = chat(message, "sí")
    assert "inauguración de la plaza Los Aromos" in answer.text, answer.text
    assert "reunión con el seremi de obras públicas" in answer.text and answer.pending is not None, answer.text
    assert saved.stored and activities(dispatcher)["reunión con el seremi de obras públicas"] == "16:00 on 2026-11-27"


def test_a_request_on_a_new_line_is_handled_after_a_refused_one(chat, dispatcher) -> None:
    chat(INVITATIONS[1], "sí")
    *_, second, done = chat("agenda visita a la posta rural el martes 24 a las 11\nrechaza la del club de huasos",
                            "no", "sí")
    assert second.text.startswith("Descartado") and "Club de Huasos" in second.text, second.text
    assert done.stored and statuses(dispatcher) == {"Club de Huasos": "declined"}
    assert activities(dispatcher) == {}


def test_cancelling_the_first_says_the_second_was_dropped_too(chat, dispatcher) -> None:
    _, cancelled = chat("agenda reunión con el seremi de salud el lunes 30 a las 10 y anota visita al liceo "
                        "industrial el martes 1 a las 16", "cancelar")
    assert "visita al liceo industrial" in cancelled.text and cancelled.pending is None, cancelled.text
    assert activities(dispatcher) == {}


@pytest.mark.parametrize(("message", "title"), [
    ("agenda reunión con Juan Pérez y Pedro Soto el martes 24 a las 10", "Pedro Soto"),
    ("agenda reunión con la junta de vecinos el lunes 30 a las 9 y media", "junta de vecinos"),
    ("agenda almuerzo con el concejal Ríos y también con la concejala Muñoz el jueves 26 a las 13", "Muñoz"),
    ("bloquea la agenda del alcalde el jueves 26 entre las 10 y las 12 horas para la visita a la feria libre",
     "feria libre"),
])
def test_one_request_with_a_joined_object_stays_one(chat, dispatcher, message, title) -> None:
    preview, _ = chat(message, "sí")
    assert "después sigo" not in preview.text, preview.text
    [(stored_title, _)] = activities(dispatcher).items()
    assert title in stored_title


def test_an_invitation_of_two_organizers_stays_one(chat, dispatcher) -> None:
    preview, _ = chat("llegó invitación del club de leones y la cámara de comercio para el sábado 28 a las 20", "sí")
    assert "después sigo" not in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert "leones" in f"{invitation.organizer} {invitation.title}".lower()
    assert "cámara de comercio" in f"{invitation.organizer} {invitation.title}".lower()


@pytest.mark.parametrize("message", [
    "Registre por favor el caso de doña Rosa Ardiles, que vive sola en calle Colchagua 1122; solicita evaluación de "
    "la asistente social para postular a un subsidio. Teléfono de su nieta: 9 8899 0011.",
    "reclamo de don Pedro Vidal por un hoyo en calle Maipú 330, además pide que pongan un letrero",
])
def test_what_a_resident_asks_for_goes_on_the_same_complaint(chat, dispatcher, message) -> None:
    """A clause that reads as one more complaint, with no hour of its own, tells more of the one being created."""
    preview, saved = chat(message, "sí")
    assert "después sigo" not in preview.text and preview.pending is not None, preview.text
    [complaint] = stored(dispatcher, Complaint)
    assert saved.stored and complaint.citizen in ("Rosa Ardiles", "Pedro Vidal"), saved.text
