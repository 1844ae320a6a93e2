"""Answers to a preview read as answers: yes and no with courtesy, corrections that change only what they
name, details added to the pending record, and a new request in the middle that says what it dropped."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import Session

from bot.pending_answers import CONFIRM_AGAIN, DISCARDED
from handlers.reply import PendingKind
from storage.learning import entries
from storage.models import Complaint, Contact, Efemeride, Event, Invitation
from tests.dialogue.talk import stored

INVITATION = "Llegó invitación de la Junta de Vecinos El Retiro a la inauguración de su sede el sábado 28 a las 11"
ACTIVITY = "agenda reunión con la directora de Dideco el jueves 26 a las 10 en la sala de reuniones"
COMPLAINT = "reclamo de la sra Juana Pizarro x basura y escombros en el pasaje Los Aromos 1520"


@pytest.mark.parametrize("answer", ["sí, gracias", "Sí, de acuerdo.", "ya, dale", "perfecto, guárdalo",
                                    "ok, confirmo", "si gracias", "Sí, regístrela por favor", "dale no más",
                                    "SI!!", "ya po, guardala", "siii", "okk dale"])
def test_a_yes_with_courtesy_stores_and_its_words_reach_no_slot(chat, dispatcher, answer: str) -> None:
    _, confirmed = chat(INVITATION, answer)
    assert confirmed.stored, confirmed.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place is None
    assert invitation.start_at.astimezone(dispatcher.settings.zone).hour == 11


@pytest.mark.parametrize("answer", ["no, mejor no", "no, mejor lo dejamos", "No gracias", "nop, déjalo así",
                                    "mejor no", "nooo"])
def test_a_no_with_extra_words_discards_and_is_kept_to_learn_from(chat, dispatcher, answer: str) -> None:
    _, declined = chat(ACTIVITY, answer)
    assert declined.text == DISCARDED
    assert stored(dispatcher, Event) == []
    with Session(dispatcher.engine) as session:
        [learned] = entries(session)
    assert learned.text == ACTIVITY and learned.outcome == "refused"


def test_yes_but_another_hour_is_a_correction_shown_again_before_storing(chat, dispatcher) -> None:
    _, corrected = chat(ACTIVITY, "sí, pero a las 19")
    assert corrected.pending.kind is PendingKind.CONFIRM
    assert "19:00" in corrected.text and "jueves 26" in corrected.text
    assert stored(dispatcher, Event) == []
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert (event.day.day, event.start_at.astimezone(dispatcher.settings.zone).hour) == (26, 19)


@pytest.mark.parametrize("correction", ["no, a las 19", "mejor a las 7 de la tarde",
                                        "Perdón, me equivoqué: es a las 19", "no era a las 10, es a las 19 hrs"])
def test_a_time_alone_keeps_the_pending_day_and_place(chat, dispatcher, correction: str) -> None:
    _, corrected = chat(ACTIVITY, correction)
    assert "jueves 26" in corrected.text and "19:00" in corrected.text and "sala de reuniones" in corrected.text
    chat("ok")
    [event] = stored(dispatcher, Event)
    local = event.start_at.astimezone(dispatcher.settings.zone)
    assert (local.day, local.hour, event.place) == (26, 19, "sala de reuniones")


def test_a_day_alone_keeps_the_pending_time(chat, dispatcher) -> None:
    chat(ACTIVITY, "no, es el viernes 27", "sí")
    [event] = stored(dispatcher, Event)
    local = event.start_at.astimezone(dispatcher.settings.zone)
    assert (local.day, local.hour) == (27, 10)


def test_a_place_alone_keeps_the_time(chat, dispatcher) -> None:
    _, corrected = chat(INVITATION, "no, es en el gimnasio municipal")
    assert "gimnasio municipal" in corrected.text and "11:00" in corrected.text
    chat("confirmo")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "gimnasio municipal"
    assert invitation.start_at.astimezone(dispatcher.settings.zone).hour == 11


def test_several_corrections_in_one_message(chat, dispatcher) -> None:
    chat(ACTIVITY, "no, el viernes 27 a las 12 en el Salón de Honor", "si")
    [event] = stored(dispatcher, Event)
    local = event.start_at.astimezone(dispatcher.settings.zone)
    assert (local.day, local.hour, event.place) == (27, 12, "Salón de Honor")


def test_details_given_while_a_complaint_waits_amend_it_and_start_no_search(chat, dispatcher) -> None:
    _, phone, person, address = chat(COMPLAINT, "su fono es el 9 7654 3210", "el vecino es Juan Díaz Soto",
                                     "la dirección es Los Aromos 1520, villa El Volcán")
    for reply in (phone, person, address):
        assert reply.pending.kind is PendingKind.CONFIRM, reply.text
        assert "contacto" not in reply.text.lower()
    assert "7654" in phone.text.replace(" ", "") and "Juan Díaz Soto" in person.text
    assert stored(dispatcher, Complaint) == []
    chat("ya, dale")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone.endswith("976543210")
    assert complaint.citizen == "Juan Díaz Soto"
    assert complaint.address.startswith("Los Aromos 1520")
    assert complaint.department == "aseo"


def test_a_dictated_detail_without_accents_or_capitals_is_added_too(chat, dispatcher) -> None:
    chat("reclamo por microbasural en calle pedro de valdivia 890",
         "lo ingreso la vecina gloria mendez, fono 9 3322 1100", "si")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone.endswith("933221100")
    assert (complaint.citizen or "").lower() == "gloria mendez"


def test_a_new_request_in_the_middle_is_handled_and_the_first_comes_back_after_it(chat, dispatcher) -> None:
    _, other = chat(INVITATION, "agenda almuerzo con los concejales el miércoles 25 a las 13")
    assert "en espera" in other.text and "inauguración" in other.text
    assert "almuerzo" in other.text
    [again] = chat("sí")
    assert [event.title for event in stored(dispatcher, Event)] == ["almuerzo con los concejales"]
    assert stored(dispatcher, Invitation) == []
    assert "inauguración" in again.text and again.pending is not None, again.text
    chat("no")
    assert stored(dispatcher, Invitation) == []


def test_something_that_is_neither_answer_nor_correction_asks_again(chat, dispatcher) -> None:
    _, again = chat(ACTIVITY, "mmm")
    assert again.text == CONFIRM_AGAIN
    assert again.pending.kind is PendingKind.CONFIRM
    assert stored(dispatcher, Event) == []


def test_a_correction_is_kept_to_learn_from(chat, dispatcher) -> None:
    chat(ACTIVITY, "no, a las 11")
    with Session(dispatcher.engine) as session:
        [learned] = entries(session)
    assert (learned.text, learned.outcome, learned.followed_by) == (ACTIVITY, "corrected", "no, a las 11")


def test_parser_datetimes_are_local_and_naive(dispatcher) -> None:
    """The slots a correction merges are the parser's own kind: naive local datetimes."""
    start, _ = dispatcher.parser.moment("el jueves 26 a las 10", datetime(2026, 11, 23, 9))
    assert start == datetime(2026, 11, 26, 10, 0)


@pytest.mark.parametrize("change", ["cámbialo a las 18:30", "cambiala para las 18:30 porfa", "muévela a las 18:30"])
def test_a_change_said_while_a_proposal_is_shown_changes_the_proposal(chat, dispatcher, change: str) -> None:
    _, corrected = chat(ACTIVITY, change)
    assert corrected.pending.kind is PendingKind.CONFIRM and "sin guardar" not in corrected.text
    assert "18:30" in corrected.text and "jueves 26" in corrected.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.start_at.astimezone(dispatcher.settings.zone).strftime("%d %H:%M") == "26 18:30"


def test_a_correction_of_a_pending_reschedule_keeps_its_new_day(chat, dispatcher) -> None:
    chat("agenda reunión con el gobernador regional el lunes 30 a las 10 en la Gobernación", "sí")
    _, corrected = chat("pásala al martes 1 de diciembre a las 12", "no, a las 13")
    assert corrected.pending.kind is PendingKind.CONFIRM, corrected.text
    assert "13:00" in corrected.text and "1 de diciembre" in corrected.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.start_at.astimezone(dispatcher.settings.zone).strftime("%m-%d %H:%M") == "12-01 13:00"


def test_a_detail_the_parser_takes_for_a_new_complaint_still_amends_the_pending_one(chat, dispatcher) -> None:
    chat("hay un vecino con un problema de luminarias en calle Los Pinos 450",
         "el vecino se llama pedro soto, cel 987654321", "Sí, de acuerdo.")
    [complaint] = stored(dispatcher, Complaint)
    assert "luminarias" in complaint.description
    assert complaint.citizen.lower() == "pedro soto" and complaint.phone.endswith("987654321")


def test_another_request_of_the_same_kind_is_not_taken_for_a_correction(chat) -> None:
    _, other = chat(INVITATION, "otra: Bomberos de Valdivia invita al aniversario de la Primera Compañía el viernes 27 "
                                "a las 19")
    assert "en espera" in other.text and "aniversario" in other.text


def test_a_bare_day_of_the_month_keeps_the_pending_month(chat, dispatcher) -> None:
    chat("llegó invitación de la Armada al aniversario del combate naval el 21 de mayo a las 10", "no, el 22", "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.start_at.astimezone(dispatcher.settings.zone).strftime("%m-%d %H:%M") == "05-22 10:00"


def test_a_pending_efemeride_date_is_corrected(chat, dispatcher) -> None:
    chat("agrega efeméride 14 de abril día de las Américas", "no, es el 15", "si")
    [added] = [e for e in stored(dispatcher, Efemeride) if "américas" in e.title.lower()]
    assert (added.month, added.day_of_month) == (4, 15)


def test_an_answer_with_thanks_fills_the_question_and_a_look_up_leaves_it_waiting(chat, dispatcher) -> None:
    question, answered = chat("agenda reunión con el jefe de gabinete", "el viernes 27 a las 10, gracias")
    assert question.pending.kind is PendingKind.ASK
    assert answered.pending.kind is PendingKind.CONFIRM and "viernes 27" in answered.text
    chat("sí")
    question, other, dropped = chat("agenda reunión con el director de tránsito", "qué invitaciones hay pendientes",
                                    "nuevo contacto Juan Pérez Rojas, 9 1111 2222")
    assert question.pending.kind is PendingKind.ASK
    assert "Sigue pendiente completar la actividad" in other.text and other.pending == question.pending
    assert "sin completar" in dropped.text and dropped.pending.intent == "contact.create"
    assert len(stored(dispatcher, Event)) == 1


def test_fields_named_while_a_contact_waits_are_added(chat, dispatcher) -> None:
    chat("nuevo contacto Juan Pérez Rojas, 9 1111 2222", "el cargo es director regional",
         "su correo es jperez@serviu.cl", "institución: Serviu Región del Maule", "sí")
    [contact] = stored(dispatcher, Contact)
    assert (contact.name, contact.role, contact.email) == ("Juan Pérez Rojas", "director regional", "jperez@serviu.cl")
    assert contact.institution == "Serviu Región del Maule"


def test_an_answer_to_when_may_also_say_where(chat, dispatcher) -> None:
    chat("agenda reunión con el jefe de gabinete", "el viernes 27 a las 10 en el salón de honor", "ok")
    [event] = stored(dispatcher, Event)
    local = event.start_at.astimezone(dispatcher.settings.zone)
    assert (local.day, local.hour, event.place) == (27, 10, "salón de honor")


@pytest.mark.parametrize("answer", ["no tiene agua hace tres días", "no pasa el camión de la basura desde el lunes"])
def test_an_answer_to_what_happened_keeps_its_leading_no(chat, dispatcher, answer: str) -> None:
    question, proposal = chat("hay un vecino con un problema", answer)
    assert question.pending is not None and question.pending.slot == "description", question.text
    assert proposal.pending.kind is PendingKind.CONFIRM, proposal.text
    assert answer in proposal.text


def test_a_no_set_apart_by_a_comma_still_refuses_a_question(chat) -> None:
    _, refused = chat("hay un vecino con un problema", "no, mejor lo dejamos")
    assert refused.pending is None
