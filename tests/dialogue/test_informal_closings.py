"""Thanks, compliments and season's wishes said informally (voseo, chat abbreviations) close the exchange; a change of
mind after an acknowledgement («ok mejor no») refuses the preview."""

from __future__ import annotations

import pytest

from bot.pending_answers import DISCARDED, LIKEWISE, YOU_ARE_WELCOME
from storage.models import Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("words", ["jeje gracias, soi lo máximo", "grax, erís una crack 🙌",
                                   "gracias jefa, sos grande"])
def test_informal_thanks_with_a_compliment_get_a_polite_word(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == YOU_ARE_WELCOME, reply.text


@pytest.mark.parametrize("words", ["gracias!! q descanses", "ok gracias, q estés bien", "mil gracias, cuídese"])
def test_thanks_with_a_wish_of_rest_or_care_get_a_polite_word(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == YOU_ARE_WELCOME, reply.text


@pytest.mark.parametrize("words", ["felices fiestas pa ustedes tmb!", "igualmente, feliz navidad",
                                   "próspero año nuevo pa ti también", "feliz dieciocho jefa 🇨🇱"])
def test_season_wishes_are_answered_in_kind(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == LIKEWISE, reply.text


@pytest.mark.parametrize("words", ["ok mejor no", "ya, pucha, mejor no, dejémoslo", "bueno mejor no nomás"])
def test_a_change_of_mind_after_an_acknowledgement_refuses(chat, dispatcher, words: str) -> None:
    _, reply = chat("agenda desayuno con la mesa de salud el martes 24 a las 8", words)
    assert reply.text == DISCARDED, reply.text
    assert stored(dispatcher, Event) == []


@pytest.mark.parametrize("words", ["ya gracias don bot", "gracias bot!", "vale, gracias señor robot", "grax crack"])
def test_thanks_said_to_the_bot_by_a_name_get_a_polite_word(chat, words: str) -> None:
    [reply] = chat(words)
    assert reply.text == YOU_ARE_WELCOME, reply.text


def test_thanks_to_the_bot_after_storing_keep_what_was_stored(chat, dispatcher) -> None:
    *_, thanks = chat("agenda desayuno con la mesa de salud el martes 24 a las 8", "sí",
                      "ya gracias don bot")
    assert thanks.text == YOU_ARE_WELCOME and len(stored(dispatcher, Event)) == 1, thanks.text
