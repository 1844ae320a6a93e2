"""Choosing from a list as people do: by number, by ordinal, by the words of one item; a word that
fits several asks again listing only those."""

from __future__ import annotations

import pytest

from bot.dialogue_state import save_pending
from bot.pending_answers import option_labels
from bot.readings import offer
from handlers.reply import PendingKind
from storage.database import transaction
from storage.models import Invitation
from tests.dialogue.talk import KEY, stored

THREE_FROM_ROTARY = ("llegó invitación del Rotary a la cena aniversario el sábado 28 a las 20", "sí",
                     "llegó invitación del Rotary a la cena de gala el viernes 27 a las 21", "sí",
                     "llegó invitación del Rotary a un almuerzo en Quilicura el jueves 26 a las 13", "sí")


def ask_in_another_chat(chat, *lines: str):
    """The invitations stored in one chat, the question asked in another: no focus points at one of them."""
    chat(*THREE_FROM_ROTARY)
    return chat(*lines, key="test:another-chat")


def accepted(dispatcher) -> list[str]:
    return [invitation.title for invitation in stored(dispatcher, Invitation) if invitation.status == "accepted"]


def test_an_ambiguous_reference_lists_the_candidates(chat) -> None:
    [question] = ask_in_another_chat(chat, "acepta la del Rotary")
    assert question.pending.kind is PendingKind.CHOOSE
    assert len(question.pending.options) == 3


@pytest.mark.parametrize(("answer", "title"), [("2", "cena de gala"), ("el 3", "cena aniversario"),
                                               ("la primera", "almuerzo en Quilicura"),
                                               ("la última", "cena aniversario"),
                                               ("la de Quilicura", "almuerzo en Quilicura"),
                                               ("el almuerzo", "almuerzo en Quilicura"),
                                               ("la de gala", "cena de gala")])
def test_a_pick_by_number_ordinal_or_words(chat, dispatcher, answer: str, title: str) -> None:
    question, preview = ask_in_another_chat(chat, "acepta la del Rotary", answer)
    listed = [line for line in question.text.splitlines() if line[:1].isdigit()]
    assert [line.split(". ", 1)[0] for line in listed] == ["1", "2", "3"]
    assert preview.pending.kind is PendingKind.CONFIRM, preview.text
    expected = next(line for line in listed if title in line)
    assert title in preview.text and all(title not in line for line in listed if line != expected)
    chat("sí", key="test:another-chat")
    assert accepted(dispatcher) == [title]


def test_a_word_that_fits_several_asks_again_with_only_those(chat, dispatcher) -> None:
    _, narrowed = ask_in_another_chat(chat, "acepta la del Rotary", "la cena")
    assert narrowed.pending.kind is PendingKind.CHOOSE
    lines = [line for line in narrowed.text.splitlines() if line[:1].isdigit()]
    assert len(lines) == 2 and all("cena" in line for line in lines)
    assert not any("almuerzo" in line for line in lines)
    chat("la de gala", "ya", key="test:another-chat")
    assert accepted(dispatcher) == ["cena de gala"]


def test_no_the_other_one_moves_the_proposal_to_that_record(chat, dispatcher) -> None:
    chat("llegó invitación del Rotary a la cena el sábado 28 a las 20", "sí",
         "llegó invitación de la Cámara de Comercio al almuerzo el viernes 27 a las 13", "sí")
    listing, wrong, right = chat("invitaciones pendientes", "acepta la segunda", "no, la primera")
    first = next(line for line in listing.text.splitlines() if "almuerzo" in line or "cena" in line)
    title = "almuerzo" if "almuerzo" in first else "cena"
    assert title not in wrong.text and title in right.text
    assert right.pending.kind is PendingKind.CONFIRM
    chat("sí")
    assert [invitation.title for invitation in stored(dispatcher, Invitation)
            if invitation.status == "accepted"] == [title]



def test_yes_to_the_readings_offered_takes_the_likeliest(chat, dispatcher, clock) -> None:
    """The offer is made as the bot makes it when unsure; which messages are unsure depends on the weights."""
    offered = offer("¿y lo del jueves?", ["agenda.query", "invitation.query"])
    with transaction(dispatcher.engine) as session:
        save_pending(session, KEY, offered.pending, clock.now, replacing=False, labels=option_labels(offered))
    [taken] = chat("sí")
    assert "jueves 26" in taken.text and not taken.choices, taken.text


@pytest.mark.parametrize("thanks", ["ok, gracias igual", "ya, muchas gracias", "perfecto gracias jefa"])
def test_thanks_to_the_readings_offered_take_none(chat, dispatcher, clock, thanks) -> None:
    """«ya, gracias igual» to «¿quiso decir…?» closes the exchange; only a «sí» takes the likeliest reading."""
    offered = offer("¿y lo del viernes?", ["agenda.query", "invitation.query"])
    with transaction(dispatcher.engine) as session:
        save_pending(session, KEY, offered.pending, clock.now, replacing=False, labels=option_labels(offered))
    [thanked] = chat(thanks)
    assert thanked.text.startswith("De nada") and "viernes" not in thanked.text, thanked.text
