"""A yearly efeméride proposed, corrected to fall only once («no, solo este año», «es por única vez nomás»): the same
day, this year only, previewed and stored so; a yes with courtesy changes nothing. The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Efemeride
from tests.dialogue.talk import stored

DISABILITY = "agrega efeméride 3 de diciembre día internacional de la discapacidad"


@pytest.mark.parametrize("line", ["no, solo este año", "Es sólo por este año, por favor.", "no una sola vez",
                                  "ok pero solo para este año"])
def test_a_yearly_efemeride_said_to_fall_once(chat, dispatcher, line: str) -> None:
    _, corrected, saved = chat(DISABILITY, line, "sí")
    assert "una sola vez" in corrected.text and corrected.pending is not None, corrected.text
    [efemeride] = stored(dispatcher, Efemeride)
    assert efemeride.on_date is not None and efemeride.on_date.isoformat() == "2026-12-03", saved.text


def test_a_courteous_yes_keeps_it_yearly(chat, dispatcher) -> None:
    chat(DISABILITY, "sí, gracias")
    [efemeride] = stored(dispatcher, Efemeride)
    assert efemeride.on_date is None and (efemeride.month, efemeride.day_of_month) == (12, 3)
