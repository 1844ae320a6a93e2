"""Sending someone in the mayor's place, told as people tell it, and asking afterwards who goes: through the real
parser and dispatcher on a SQLite file. Sentences written for these tests, in formal, chat and dictated voices;
the chat clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Invitation, InvitationStatus
from tests.handlers.talk import live

ROTARY = "llegó invitación del Rotary a la cena aniversario el sábado 28 a las 19 hrs en el Club de la Unión"


@pytest.mark.parametrize(("send", "delegate"), [
    ("El alcalde no alcanza a llegar, mandemos a la concejala Rosa Vera", "concejala Rosa Vera"),
    ("no puede ir, lo representa el director de Dideco Raúl Pizarro", "director de Dideco Raúl Pizarro"),
    ("el concejal Tomás Rivas lo representa en la cena", "concejal Tomás Rivas"),
    ("enviemos al jefe de gabinete coma el alcalde tiene concejo", "jefe de gabinete"),
    ("que vaya la administradora municipal en su lugar xfa", "administradora municipal"),
])
def test_sending_someone_delegates_the_invitation_to_that_person(chat, send, delegate):
    chat(ROTARY, "sí")
    preview = chat(send)
    assert delegate in preview.text and "declinar" not in preview.text
    chat("sí")
    [invitation] = live(chat, Invitation)
    assert invitation.status == InvitationStatus.DELEGATED and invitation.delegate == delegate


@pytest.mark.parametrize("question", ["¿Quién va a la cena aniversario del Rotary?", "quien va a la cena del rotary",
                                      "y a la cena del Rotary al final quién va"])
def test_who_goes_answers_with_the_stored_representative(chat, question):
    chat(ROTARY, "sí", "mandemos a la concejala Rosa Vera", "sí")
    answer = chat(question)
    assert "Rosa Vera" in answer.text and "Rotary" in answer.text
    [invitation] = live(chat, Invitation)
    assert invitation.status == InvitationStatus.DELEGATED  # a question changes nothing


def test_who_goes_says_when_the_invitation_is_not_answered_yet(chat):
    chat(ROTARY, "sí")
    answer = chat("¿quién va a la cena del Rotary?")
    assert "sin responder" in answer.text and "¿Lo guardo?" not in answer.text


def test_who_goes_to_an_invitation_that_does_not_exist_says_so(chat):
    chat(ROTARY, "sí")
    answer = chat("¿Quién va al desfile de Fiestas Patrias?")
    assert "No encontré" in answer.text and "desfile" in answer.text
