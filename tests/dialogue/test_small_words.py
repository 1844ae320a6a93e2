"""Undo, thanks and small talk in words, and what happens when the understanding is unsure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.dispatcher import Dispatcher
from bot.pending_answers import YOU_ARE_WELCOME
from bot.readings import QUESTION
from handlers.reply import PendingKind
from storage.models import Contact, Efemeride, Event
from tests.dialogue.talk import KEY, stored


@pytest.mark.parametrize("words", ["borra lo último", "deshaz eso", "deshacer lo último", "revierte el último cambio",
                                   "Deshaga lo último, por favor", "anula lo ultimo",
                                   "borra lo ultimo q agendaste, la hora estaba mala"])
def test_undo_in_words_takes_back_the_last_write_only(chat, dispatcher, words: str) -> None:
    chat("nuevo contacto Sofía Barraza, directora del Liceo, 9 4455 6677", "si",
         "agenda reunión con la directora de Dideco el viernes 27 a las 10", "si")
    [undone] = chat(words)
    assert undone.stored and "actividad" in undone.text.lower()
    assert stored(dispatcher, Event) == []
    assert [contact.name for contact in stored(dispatcher, Contact)] == ["Sofía Barraza"]


@pytest.mark.parametrize("words", ["deshaz eso", "deshacer", "Deshaga lo último, por favor"])
def test_undo_while_a_change_waits_drops_the_change_not_what_was_stored(chat, dispatcher, words: str) -> None:
    """«deshaz eso» right after a change was proposed means that proposal: the activity stored before stays, and
    a second «deshacer» is needed to take it back."""
    *_, dropped, listed = chat("agenda reunión con la directora de Dideco el viernes 27 a las 10", "si",
                               "pasa la reunión con la directora de Dideco a las 11", words, "agenda del viernes 27")
    assert not dropped.stored and dropped.pending is None and "no cambié nada" in dropped.text, dropped.text
    assert len(stored(dispatcher, Event)) == 1
    assert "10:00" in listed.text and "11:00" not in listed.text, listed.text
    [undone] = chat("deshacer")
    assert undone.stored and stored(dispatcher, Event) == []


def test_removing_a_named_record_is_not_an_undo(chat, dispatcher) -> None:
    chat("agrega efeméride 3 de noviembre aniversario del Club Deportivo Juventud Unida", "si")
    [reply] = chat("borra la efeméride del club deportivo")
    assert not reply.text.startswith("Deshecho")
    assert len(stored(dispatcher, Efemeride)) >= 1


@pytest.mark.parametrize("words", ["gracias", "perfecto, muchas gracias", "ok gracias", "buena",
                                   "jaja ya, gracias igual", "Muchas gracias!", "Muchas gracias, muy amable.",
                                   "Muchas gracias por su ayuda.", "feliz año nuevo, muchas gracias",
                                   "gracias, eres un siete", "Muy amable.", "muy gentil de su parte", "grax"])
def test_thanks_with_nothing_pending_get_a_polite_word(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == YOU_ARE_WELCOME


@pytest.mark.parametrize("words", ["gracias, agenda de mañana", "gracias, ¿y el reclamo 5?"])
def test_thanks_that_ask_for_something_are_the_request(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text != YOU_ARE_WELCOME


def test_thanks_with_a_proposal_pending_is_a_yes(chat, dispatcher) -> None:
    _, reply = chat("agenda reunión con la directora de Dideco el viernes 27 a las 10", "perfecto, muchas gracias")
    assert reply.stored
    assert len(stored(dispatcher, Event)) == 1


class UnsureParser:
    """The real parser, with the learned scorer's doubt on one message: two close readings."""

    def __init__(self, parser, text: str, alternatives: tuple[tuple[str, float], ...], margin: float = 0.05) -> None:
        self.parser, self.text, self.alternatives, self.margin = parser, text, alternatives, margin

    def parse(self, text: str, now):
        understanding = self.parser.parse(text, now)
        if text != self.text:
            return understanding
        unsure = replace(understanding, intent=self.alternatives[0][0], confidence=self.margin)
        object.__setattr__(unsure, "alternatives", self.alternatives)
        return unsure

    def __getattr__(self, name: str):
        return getattr(self.parser, name)


def test_an_unsure_understanding_offers_its_likeliest_readings_as_buttons(dispatcher, parser, staff, clock) -> None:
    text = "bomberos viernes"
    unsure = UnsureParser(parser, text, (("agenda.query", 0.35), ("contact.query", 0.3), ("unknown", 0.05)))
    doubtful = Dispatcher(dispatcher.engine, dispatcher.settings, unsure, clock=clock)
    offer = doubtful.handle_text(KEY, staff, text)
    assert offer.text.startswith(QUESTION)
    assert offer.pending.kind is PendingKind.CHOOSE
    labels = [choice.label for choice in offer.choices]
    assert labels[:2] == ["1. Ver la agenda", "2. Buscar un contacto"]
    chosen = doubtful.handle_choice(KEY, staff, "1")
    assert "hoy lunes 23" in chosen.text and chosen.pending is None  # the agenda, read with no day: today


def test_thanks_while_a_choice_waits_drops_it_politely(chat) -> None:
    chat("llegó invitación del Rotary a la cena el sábado 28 a las 20", "sí",
         "llegó invitación del Rotary al almuerzo el viernes 27 a las 13", "sí")
    question, thanks = chat("acepta la del Rotary", "ok, muchas gracias", key="test:another-chat")
    assert question.pending.kind is PendingKind.CHOOSE
    assert thanks.text == YOU_ARE_WELCOME and thanks.pending is None


def test_a_clear_reading_or_plain_chatter_is_not_questioned(dispatcher, parser, staff, clock) -> None:
    sure = UnsureParser(parser, "agenda de hoy", (("agenda.query", 0.8), ("contact.query", 0.3)), margin=0.5)
    chatter = UnsureParser(parser, "viste el partido", (("unknown", 0.86), ("agenda.query", 0.12)), margin=0.74)
    for fake, text in ((sure, "agenda de hoy"), (chatter, "viste el partido")):
        reply = Dispatcher(dispatcher.engine, dispatcher.settings, fake, clock=clock).handle_text(KEY, staff, text)
        assert not reply.text.startswith(QUESTION)


@pytest.mark.parametrize("words", ["gracias, eso sería todo", "muchas gracias, buen día", "no, nada más, gracias"])
def test_closing_words_get_a_polite_word(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == YOU_ARE_WELCOME


def test_none_of_those_cancels_a_choice(chat) -> None:
    chat("llegó invitación del Rotary a la cena el sábado 28 a las 20", "sí",
         "llegó invitación del Rotary al almuerzo el viernes 27 a las 13", "sí")
    _, none = chat("acepta la del Rotary", "ninguna de esas", key="test:another-chat")
    assert none.pending is None and "No se guardó nada" in none.text


def test_help_in_the_middle_of_a_proposal_keeps_it_waiting(dispatcher, staff) -> None:
    dispatcher.handle_text(KEY, staff, "agenda reunión con la directora de Dideco el viernes 27 a las 10")
    help_reply = dispatcher.handle_intent(KEY, staff, "help", {})
    assert not help_reply.text.startswith("(Dejé")
    assert dispatcher.handle_text(KEY, staff, "sí").stored
    assert len(stored(dispatcher, Event)) == 1


def test_typed_help_while_a_proposal_waits_helps_and_keeps_it(chat, dispatcher) -> None:
    _, helped, confirmed = chat("agenda reunión con la directora de Dideco el viernes 27 a las 10", "ayuda", "sí")
    assert helped.pending.kind is PendingKind.CONFIRM and "sí" in helped.text
    assert confirmed.stored and len(stored(dispatcher, Event)) == 1
