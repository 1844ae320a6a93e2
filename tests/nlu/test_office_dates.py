"""Dates in terse office notes: a weekday cut short before a numeric date («mar 5/10», «mi 6/10»), whose
ambiguous abbreviation must not take the date's place, and a range of days with no word opening it («1 al 3 oct»,
«4-6 nov», «30 sep al 2 oct»). Sentences written for these tests, on other dates than any corpus line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 4, 14, 10, 0)  # a Wednesday


def read(parser, text: str) -> tuple[str, dict]:
    understanding = parser.parse(text, NOW)
    return understanding.intent, understanding.slots


@pytest.mark.parametrize(("text", "day"), [
    ("inv seremi de Salud, lanzam. campaña invierno, mar 4/5 11 hrs", date(2027, 5, 4)),
    ("agenda mar 20/4", date(2027, 4, 20)),
    ("agenda mi 5/5", date(2027, 5, 5)),
    ("agenda sa 1/5", date(2027, 5, 1)),
    ("agendar reunión de 10 a 12 mar 27/4", date(2027, 4, 27)),
])
def test_a_weekday_cut_short_before_a_numeric_date_keeps_the_date(parser, text, day):
    understanding = parser.parse(text, NOW)
    moment = understanding.slots.get("start") or understanding.slots.get("date_from")
    assert (moment.date() if isinstance(moment, datetime) else moment) == day


@pytest.mark.parametrize(("text", "first", "last"), [
    ("agenda 3 al 5 may", date(2027, 5, 3), date(2027, 5, 5)),
    ("agenda 10-12 jun", date(2027, 6, 10), date(2027, 6, 12)),
    ("q tiene el alcalde 20 al 22 de abril", date(2027, 4, 20), date(2027, 4, 22)),
    ("agenda 29 abr al 2 may", date(2027, 4, 29), date(2027, 5, 2)),
    ("efemérides 1 al 15 jul", date(2027, 7, 1), date(2027, 7, 15)),
])
def test_a_range_of_days_with_no_word_opening_it(parser, text, first, last):
    _, slots = read(parser, text)
    assert (slots["date_from"], slots["date_to"]) == (first, last)


def test_a_count_with_no_month_is_no_range(parser):
    _, slots = read(parser, "reunión de 2 a 3 personas el 5 may")
    assert slots["start"] == date(2027, 5, 5)
