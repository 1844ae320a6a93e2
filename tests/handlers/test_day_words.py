"""Days near today read as people say them after a verb: «vence mañana martes 24», never «el mañana martes 24»."""

from __future__ import annotations

from datetime import date, datetime

from handlers.format import of_day, on_day, on_moment

TODAY = date(2026, 3, 23)  # a Monday


def test_tomorrow_and_today_take_no_article() -> None:
    assert on_day(date(2026, 3, 24), TODAY) == "mañana martes 24"
    assert on_day(TODAY, TODAY) == "hoy lunes 23"
    assert on_moment(date(2026, 3, 24), datetime(2026, 3, 24, 16), TODAY) == "mañana martes 24, 16:00"


def test_other_days_take_the_article_and_de_becomes_del() -> None:
    assert on_day(date(2026, 3, 27), TODAY) == "el viernes 27 de marzo"
    assert of_day(date(2026, 3, 27), TODAY) == "del viernes 27 de marzo"
    assert of_day(TODAY, TODAY) == "de hoy lunes 23"
