"""A remark that names today while a preview waits («jaja q calor hace hoy») asks for nothing: the proposal keeps
its day and hour and is shown waiting again. A correction to today («no, hoy», «mejor hoy a las 5») still moves
it, keeping the hour it does not name."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.reply import PendingKind
from storage.models import Event
from tests.dialogue.talk import stored

PREVIEW = "agenda saludo de fin de año a los funcionarios el jueves 26 a las 12 en el patio municipal"


@pytest.mark.parametrize("said", [
    "jaja q calor hace hoy",
    "uf qué día más largo hoy",
    "hoy ando con sueño jaja",
    "Qué día más caluroso el de hoy.",
    "oiga hoy hay paro de micros parece",
])
def test_a_remark_about_today_leaves_the_proposal_as_it_was(chat, dispatcher, said) -> None:
    chat(PREVIEW)
    [aside] = chat(said)
    assert aside.pending is not None and aside.pending.kind is PendingKind.CONFIRM, aside.text
    assert "todo el día" not in aside.text and "lunes 23" not in aside.text, aside.text
    assert "saludo de fin de año" in aside.text, aside.text
    [saved] = chat("ya sipo, guardala")
    assert saved.stored and "jueves 26" in saved.text, saved.text
    [event] = stored(dispatcher, Event)
    assert event.start_at is not None and event.day == date(2026, 11, 26)


@pytest.mark.parametrize(("said", "hour"), [
    ("no, hoy", "12:00"),
    ("que sea hoy", "12:00"),
    ("Disculpe, es hoy mismo.", "12:00"),
    ("mejor hoy a las 5", "17:00"),
])
def test_a_correction_to_today_moves_the_day_and_keeps_the_hour_not_named(chat, said, hour) -> None:
    chat(PREVIEW)
    [corrected] = chat(said)
    assert "lunes 23" in corrected.text and hour in corrected.text, corrected.text


def test_a_remark_after_a_correction_keeps_the_corrected_moment(chat) -> None:
    chat(PREVIEW, "mejor a las 13")
    [aside] = chat("jajaja hoy no paro")
    assert aside.pending is not None and "todo el día" not in aside.text, aside.text
    [saved] = chat("sí")
    assert "13:00" in saved.text and "jueves 26" in saved.text, saved.text

