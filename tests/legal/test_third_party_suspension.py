"""Ley 20.285 art. 20: notifying the third parties suspends the deadline to answer while they may oppose (three
working days from the notice); the days left when they were notified run again after that window, so the deadline
moves by the working days suspended (weekends and Chilean holidays skipped), shown in the preview and stored."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from storage.legal import TransparencyRequest
from tests.legal.conftest import Clock, say

ROBERTO = ("llegó una solicitud de transparencia de don Roberto Leal, pide los sumarios administrativos de "
           "Tránsito de 2025")


def request(dispatcher: Dispatcher) -> TransparencyRequest:
    with Session(dispatcher.engine) as session:
        return session.exec(select(TransparencyRequest)).one()


@pytest.mark.parametrize("notice", ["notifique a los terceros, afecta a los funcionarios sumariados",
                                    "se notificó a los terceros afectados: los funcionarios sumariados",
                                    "avísele a los terceros, los funcionarios sumariados"])
def test_notifying_third_parties_suspends_the_deadline_over_a_holiday(dispatcher: Dispatcher, staff: Actor,
                                                                       clock: Clock, notice: str) -> None:
    clock.at(2026, 12, 3)
    say(dispatcher, staff, ROBERTO, "sí")  # Thursday 3 December 2026: due Tuesday 5 January 2027
    [preview, done] = say(dispatcher, staff, notice, "sí")
    # may oppose until Wednesday 9 (8 December is a holiday): 3 working days suspended, due Friday 8 January
    assert "miércoles 9 de diciembre" in preview.text, preview.text
    assert "viernes 8 de enero" in preview.text and "suspend" in preview.text, preview.text
    assert "viernes 8 de enero" in done.text, done.text
    stored = request(dispatcher)
    assert (stored.opposition_until, stored.due_on) == (date(2026, 12, 9), date(2027, 1, 8))
    say(dispatcher, staff, "deshacer")
    assert request(dispatcher).due_on == date(2027, 1, 5)


def test_the_suspension_crosses_a_weekend_and_the_list_shows_the_new_deadline(dispatcher: Dispatcher,
                                                                               staff: Actor, clock: Clock) -> None:
    say(dispatcher, staff, ROBERTO, "sí")
    clock.at(2026, 12, 4)  # Friday: may oppose until Thursday 10 (the weekend and the 8th skipped)
    say(dispatcher, staff, "notificamos a los terceros de la solicitud de Roberto Leal: Asociación de Inspectores",
        "sí")
    stored = request(dispatcher)
    assert (stored.opposition_until, stored.due_on) == (date(2026, 12, 10), date(2027, 1, 7))
    [listed] = say(dispatcher, staff, "solicitudes de transparencia pendientes")
    assert "jueves 7 de enero" in listed.text, listed.text


def test_a_notice_after_the_deadline_moves_nothing(dispatcher: Dispatcher, staff: Actor, clock: Clock) -> None:
    say(dispatcher, staff, ROBERTO, "sí")
    clock.at(2027, 1, 6)
    say(dispatcher, staff, "se notificó a los terceros de la solicitud de Roberto Leal: Empresa Grúas Norte", "sí")
    assert request(dispatcher).due_on == date(2027, 1, 4)
