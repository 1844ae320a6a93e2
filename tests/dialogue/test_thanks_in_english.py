"""Thanks and goodbyes said in English, or mixed with Spanish («perfecto, thanks», «gracias, bye»), close the
exchange politely, as the Spanish ones do, instead of «No entendí»."""

from __future__ import annotations

import pytest

NOT_UNDERSTOOD = "No entendí"


@pytest.mark.parametrize("thanks", ["perfecto, thanks", "ok thx", "gracias, bye", "thank you!",
                                    "Thanks so much, see you later"])
def test_english_thanks_get_a_polite_answer(chat, thanks: str) -> None:
    [thanked] = chat(thanks)
    assert thanked.text.startswith("De nada"), thanked.text


@pytest.mark.parametrize("bye", ["bye!", "ok, goodbye"])
def test_an_english_goodbye_is_answered_in_kind(chat, bye: str) -> None:
    [answered] = chat(bye)
    assert answered.text.startswith(("De nada", "Igualmente")), answered.text


def test_english_thanks_after_a_stored_activity(chat) -> None:
    *_, thanked = chat("agenda reunión con la junta de vecinos el martes a las 10", "sí", "ty, perfect")
    assert NOT_UNDERSTOOD not in thanked.text, thanked.text
