"""An audience told as held («se hizo la audiencia con X ayer», «ayer fue la audiencia con …»): lobby.record,
with the day said as the day it was held and no day word in the name of whom it was with."""

from __future__ import annotations

from datetime import date, datetime

import pytest

MONDAY = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "reference", "held"), [
    ("se hizo la audiencia con Constructora Andes ayer", "Constructora Andes", date(2026, 11, 22)),
    ("ayer fue la audiencia con Constructora Andes", "Constructora Andes", date(2026, 11, 22)),
    ("anota q ya se hizo la reu de lobby con la Inmobiliaria Sur anteayer", "Inmobiliaria Sur", date(2026, 11, 21)),
    ("Ya se realizó la reunión de lobby con Áridos del Norte el 20 de noviembre", "Áridos del Norte",
     date(2026, 11, 20)),
    ("se hizo la audiencia con la Constructora Andes ayer en la tarde", "Constructora Andes", date(2026, 11, 22)),
])
def test_an_audience_told_as_held_names_whom_and_the_day(parser, text, reference, held) -> None:
    understood = parser.parse(text, MONDAY)
    assert understood.intent == "lobby.record", understood
    assert understood.slots.get("reference") == reference, understood
    assert understood.slots.get("held") == held, understood


def test_an_audience_told_as_held_without_a_day_names_whom(parser) -> None:
    understood = parser.parse("ya se realizó la reunión de lobby con Inmobiliaria Sur xfa", MONDAY)
    assert understood.intent == "lobby.record" and understood.slots.get("reference") == "Inmobiliaria Sur", understood
