"""A change that names its record by a word («la del aniversario», «el del bombero») looks first among the records
in focus, of whatever kind: right after a list of efemérides it changes the efeméride even when an activity of the
agenda holds the same word; right after the agenda, the activity. A bare day («al 21») keeps the efeméride's
month. With nothing of the kind in focus, every kind is tried before saying nothing matched."""

from __future__ import annotations

import pytest

from storage.models import Efemeride, Event
from tests.dialogue.talk import stored

ACTIVITY = "agenda aniversario del cuerpo de bomberos el sábado 28 a las 20 en el cuartel"
EFEMERIDE = "agrega efeméride: 29 de noviembre aniversario de la comuna"


def _efemeride(dispatcher) -> Efemeride:
    return next(e for e in stored(dispatcher, Efemeride) if "comuna" in e.title)


@pytest.mark.parametrize("change", ["cambia la del aniversario al 30", "Por favor, cambie la del aniversario al 30",
                                    "la del aniversario pásala al 30 porfa", "muevan la del aniversario al 30"])
def test_after_efemerides_the_efemeride_named_changes(chat, dispatcher, change: str) -> None:
    chat(ACTIVITY, "sí", EFEMERIDE, "sí")
    _, proposed, saved = chat("efemérides de noviembre", change, "sí")
    assert "efeméride" in proposed.text and "30 de noviembre" in proposed.text, proposed.text
    assert (_efemeride(dispatcher).month, _efemeride(dispatcher).day_of_month) == (11, 30), saved.text
    [event] = stored(dispatcher, Event)
    assert event.day.day == 28


def test_after_the_agenda_the_activity_named_changes(chat, dispatcher) -> None:
    chat(ACTIVITY, "sí", EFEMERIDE, "sí")
    _, proposed = chat("agenda de esta semana", "cambia la del aniversario a las 21")
    assert "actividad" in proposed.text and "21:00" in proposed.text, proposed.text


def test_a_bare_day_keeps_the_month_of_an_efemeride_far_away(chat, dispatcher) -> None:
    chat("agrega efeméride: 3 de marzo día del trabajador municipal", "sí", "efemérides de marzo")
    proposed, _ = chat("cambia la del trabajador municipal al 4", "sí")
    assert "4 de marzo" in proposed.text, proposed.text
    found = next(e for e in stored(dispatcher, Efemeride) if "trabajador" in e.title)
    assert (found.month, found.day_of_month) == (3, 4)


def test_with_nothing_in_focus_every_kind_is_tried(chat, dispatcher) -> None:
    chat(EFEMERIDE, "sí", "hola")
    [proposed] = chat("cambia la del aniversario de la comuna al 30")
    assert "efeméride" in proposed.text and "30 de noviembre" in proposed.text, proposed.text
