"""Commands about a stored record that several capabilities could read: the record in focus, or the records a
name finds, decide which one acts; an answer verb right after a record was stored answers that record."""

from __future__ import annotations

import pytest

from handlers.reply import PendingKind
from storage.models import Complaint, Event, Invitation
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de la sra Juana Pizarro por basura en el pasaje Los Aromos 1520"
INVITATION = "Llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Club de la Unión"


@pytest.mark.parametrize("command", ["recházelo", "rechazalo xfa", "Por favor, rechácelo."])
def test_a_pronoun_command_with_a_complaint_in_focus_acts_on_the_complaint(chat, dispatcher, command) -> None:
    chat(INVITATION, "sí", COMPLAINT, "sí")
    preview, _ = chat(command, "sí")
    assert "R-2026-0001" in preview.text and "rechazado" in preview.text, preview.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.status == "rejected"
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "pending"


def test_the_same_word_with_the_invitation_in_focus_answers_the_invitation(chat, dispatcher) -> None:
    chat(COMPLAINT, "sí", INVITATION, "sí")
    [preview] = chat("recházala")
    assert "Rotary" in preview.text and "declinar" in preview.text
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "declined"
    assert stored(dispatcher, Complaint)[0].status == "new"


@pytest.mark.parametrize("command", ["pasa el saludo al viernes", "cambia el saludo pal viernes porfa",
                                     "El saludo al comité se traslada al viernes."])
def test_an_activity_named_by_a_common_word_is_found_on_the_agenda(chat, dispatcher, command) -> None:
    chat("agenda saludo al comité de adelanto el jueves 26 a las 10", "sí",
         "agenda reunión con el director de obras el martes 24 a las 15", "sí", "qué tiene el alcalde hoy")
    [preview] = chat(command)
    assert preview.pending is not None and preview.pending.intent == "event.update", preview.text
    assert "saludo al comité" in preview.text and "viernes 27" in preview.text
    chat("sí")
    moved = next(event for event in stored(dispatcher, Event) if event.title.startswith("saludo"))
    assert moved.day.day == 27


def test_two_activities_the_word_fits_are_listed_to_choose(chat, dispatcher) -> None:
    chat("agenda reunión con el seremi el martes 24 a las 10", "sí",
         "agenda reunión de coordinación el jueves 26 a las 15", "sí", "agenda de hoy")
    [asked] = chat("suspende la reunión")
    assert asked.pending is not None and asked.pending.kind is PendingKind.CHOOSE, asked.text
    assert "seremi" in asked.text and "coordinación" in asked.text
    assert all(event.cancelled_at is None for event in stored(dispatcher, Event))


@pytest.mark.parametrize("answer", ["confírmela", "acéptela por favor", "confirmala"])
def test_an_answer_verb_after_storing_an_invitation_answers_it(chat, dispatcher, answer) -> None:
    _, saved, preview = chat(INVITATION, "sí", answer)
    assert saved.stored
    assert not preview.text.startswith("Ya quedó guardado"), preview.text
    assert "aceptar" in preview.text.lower() and preview.pending.intent == "invitation.respond"
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "accepted"


def test_a_plain_yes_after_storing_still_only_says_it_was_stored(chat, dispatcher) -> None:
    _, _, again = chat(INVITATION, "sí", "sí, confirmo")
    assert again.text.startswith("Ya quedó guardado")
    assert stored(dispatcher, Invitation)[0].status == "pending"


@pytest.mark.parametrize("command", ["suspende el saludo", "anula el saludo", "quita el saludo de la agenda",
                                     "hay que suspender el saludo", "Se suspende el saludo, por favor."])
def test_a_removal_whose_name_is_no_efemeride_cancels_the_activity_it_names(chat, dispatcher, command) -> None:
    chat("agenda saludo al comité de adelanto el jueves 26 a las 10", "sí",
         "agenda reunión con el director de obras el martes 24 a las 15", "sí")
    preview, _ = chat(command, "sí")
    assert preview.pending is not None and preview.pending.intent == "event.cancel", preview.text
    assert "saludo al comité" in preview.text and "director de obras" not in preview.text
    cancelled = {event.title: event.cancelled_at is not None for event in stored(dispatcher, Event)}
    assert cancelled == {"saludo al comité de adelanto": True, "reunión con el director de obras": False}


def test_a_removal_whose_name_no_record_holds_changes_nothing(chat, dispatcher) -> None:
    chat("agenda saludo al comité de adelanto el jueves 26 a las 10", "sí")
    [reply] = chat("suspende la visita del papa")
    assert reply.pending is None or reply.pending.intent != "event.cancel", reply.text
    assert all(event.cancelled_at is None for event in stored(dispatcher, Event))
