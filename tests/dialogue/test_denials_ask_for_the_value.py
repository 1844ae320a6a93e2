"""A correction that only denies a value of the waiting proposal («no, no es en el gimnasio», «no es a las 10»,
«ese día no es») keeps the proposal and asks for the right value; the answer fills it, the rest stays as it was."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la junta de vecinos el jueves a las 10 en el gimnasio"


@pytest.mark.parametrize(("denial", "answer"), [("no, no es en el gimnasio", "en la sede vecinal"),
                                                ("no no, el lugar no es ese", "la sede vecinal"),
                                                ("nop, no era ahi", "sede vecinal"),
                                                ("No. No será en el gimnasio.", "En la sede vecinal.")])
def test_a_denied_place_is_asked_for_and_the_answer_fills_it(chat, dispatcher, denial: str, answer: str) -> None:
    _, asked, shown, saved = chat(MEETING, denial, answer, "sí")
    assert asked.text == "¿Dónde es, entonces?" and asked.pending is not None, asked.text
    assert "sede vecinal" in shown.text and "gimnasio" not in shown.text, shown.text
    [event] = stored(dispatcher, Event)
    assert event.place == "sede vecinal" and event.day.day == 26 and "10:00" in saved.text, saved.text


@pytest.mark.parametrize(("denial", "answer", "when"), [("no es a las 10", "a las 11", (26, 11)),
                                                        ("no, a esa hora no era", "a las 11", (26, 11)),
                                                        ("ese día no es", "el viernes", (27, 10)),
                                                        ("no, no es el jueves", "el viernes", (27, 10))])
def test_a_denied_hour_or_day_is_asked_for_and_the_other_is_kept(chat, dispatcher, denial: str, answer: str,
                                                                  when: tuple[int, int]) -> None:
    _, asked, _, saved = chat(MEETING, denial, answer, "sí")
    assert asked.text in ("¿A qué hora, entonces?", "¿Qué día es, entonces?"), asked.text
    [event] = stored(dispatcher, Event)
    assert event.day.day == when[0] and f"{when[1]}:00" in saved.text and event.place == "gimnasio", saved.text


def test_a_bare_yes_to_the_question_stores_nothing_denied(chat, dispatcher) -> None:
    *_, again = chat(MEETING, "no es a las 10", "sí")
    assert again.pending is not None and not stored(dispatcher, Event), again.text


def test_an_invitation_keeps_what_was_not_denied(chat, dispatcher) -> None:
    *_, saved = chat("invitación del Club de Leones a su cena aniversario el sábado 28 a las 20 en el Hotel Diego de "
                     "Almagro", "no, no es en ese hotel", "en la sede del club", "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "sede del club" and invitation.day.day == 28 and "20:00" in saved.text, saved.text


@pytest.mark.parametrize("refusal", ["no, mejor lo dejamos", "no es urgente, mejor no", "no"])
def test_a_no_that_denies_no_value_still_discards(chat, dispatcher, refusal: str) -> None:
    _, answered = chat(MEETING, refusal)
    assert answered.pending is None and "Descartado" in answered.text, answered.text


@pytest.mark.parametrize(("said", "hour"), [("no a las once mejor", 11), ("nop mejor a las 12", 12),
                                            ("no más bien a las 9", 9)])
def test_a_no_with_the_value_wanted_instead_corrects_without_asking(chat, dispatcher, said: str, hour: int) -> None:
    """Unpunctuated «no a las once mejor» is «no, a las once mejor»: the value said with «mejor» is the new one."""
    _, shown, saved = chat(MEETING, said, "sí")
    assert "¿A qué hora" not in shown.text and f"{hour:02d}:00" in shown.text, shown.text
    [event] = stored(dispatcher, Event)
    assert f"{hour:02d}:00" in saved.text and event.place == "gimnasio", saved.text
