"""A change of another record said while «¿Cuál de estas?» waits: it picks nothing from the list, so it is that
change, proposed, and the list is left aside visibly (never «Elija un número» again and again)."""

from __future__ import annotations

import pytest

from handlers.reply import PendingKind
from storage.models import Event
from tests.dialogue.talk import stored

BOOKINGS = ("agenda reunión con la junta de vecinos Los Aromos el jueves 26 a las 10", "sí",
            "agenda reunión con la junta de vecinos Villa Sur el viernes 27 a las 12", "sí",
            "agenda visita al campamento de verano el sábado 28 a las 9", "sí")


@pytest.mark.parametrize("change", ["suspende lo del campamento, se cayó",
                                    "lo del campamento bórralo nomás",
                                    "la del campamento se cae, sáquela",
                                    "oye cancela la visita al campamento xfa",
                                    "Por favor, anule la visita al campamento de verano."])
def test_a_cancellation_of_another_activity_is_proposed(chat, dispatcher, change) -> None:
    *_, listed = chat(*BOOKINGS, "cambia la reunión con la junta a las 11")
    assert listed.pending is not None and listed.pending.kind is PendingKind.CHOOSE, listed.text
    proposed, done = chat(change, "sí")
    assert "campamento" in proposed.text and "Elija un número" not in proposed.text, proposed.text
    assert proposed.pending is not None and proposed.pending.kind is PendingKind.CONFIRM, proposed.text
    assert done.stored, done.text
    cancelled = {event.title for event in stored(dispatcher, Event) if event.cancelled_at is not None}
    assert cancelled == {"visita al campamento de verano"}


def test_a_bare_answer_that_picks_nothing_still_asks_for_a_number(chat) -> None:
    *_, listed, again = chat(*BOOKINGS, "cambia la reunión con la junta a las 11", "mmm")
    assert listed.pending is not None and listed.pending.kind is PendingKind.CHOOSE
    assert "Elija un número" in again.text and again.pending == listed.pending
