"""A date or time that is not on the calendar or the clock is never moved to another: no date, and the words
as written in an `invalid_date` slot so that the office is asked (issue 14, item 4)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOVEMBER = datetime(2026, 11, 23, 9, 0)
LEAP_NEW_YEAR = datetime(2028, 1, 1, 0, 5)
LATE_DECEMBER = datetime(2027, 12, 28, 17, 0)
REFERENCES = [NOVEMBER, LEAP_NEW_YEAR, LATE_DECEMBER]


def said_wrongly(parser, text: str, now: datetime) -> str | None:
    assert parser.moment(text, now) == (None, None)
    return parser.parse(text, now).slots.get("invalid_date")


@pytest.mark.parametrize("now", REFERENCES)
@pytest.mark.parametrize(("text", "words"), [
    ("reunión con la directora el 30 de febrero a las 10", "el 30 de febrero"),
    ("Reunión el 30 de Febrero", "el 30 de Febrero"),
    ("agendar visita el 29 de febrero de 2027", "el 29 de febrero de 2027"),
    ("reunión el 31 de abril", "el 31 de abril"),
    ("reunión el 31 de junio a las 9", "el 31 de junio"),
    ("reunión el 31/02", "el 31/02"),
    ("reunión el 31/04/2028", "el 31/04/2028"),
    ("acto el 32 de marzo", "el 32 de marzo"),
    ("reunión febrero 30", "febrero 30"),
    ("reunión el martes 30 de febrero", "el martes 30 de febrero"),
])
def test_a_day_the_month_does_not_have_gives_no_date_and_is_kept_as_written(parser, now, text, words):
    assert said_wrongly(parser, text, now) == words


@pytest.mark.parametrize("now", REFERENCES)
@pytest.mark.parametrize(("text", "words"), [
    ("reunión el lunes a las 25:00", "a las 25:00"),
    ("reunión mañana a las 25", "a las 25"),
    ("reunión mañana a las 10:75", "a las 10:75"),
    ("reunión el 4 de diciembre a las 24:30", "a las 24:30"),
    ("cena el viernes 25:00 hrs", "25:00 hrs"),
])
def test_a_time_no_clock_shows_gives_no_moment_and_is_kept_as_written(parser, now, text, words):
    assert said_wrongly(parser, text, now) == words


@pytest.mark.parametrize("text", ["hay 40 personas a las 10", "las 40 personas llegan mañana", "cuesta 25.50"])
def test_a_number_after_las_that_is_no_hour_is_not_a_time_said_wrongly(parser, text):
    assert "invalid_date" not in parser.parse(text, NOVEMBER).slots


@pytest.mark.parametrize(("now", "text", "words"), [
    (NOVEMBER, "aniversario el 4 de marzo de 3000", "el 4 de marzo de 3000"),
    (NOVEMBER, "reunión diciembre 4 de 3000", "diciembre 4 de 3000"),
    (NOVEMBER, "reunión el 4/3/3000", "el 4/3/3000"),
    (NOVEMBER, "reunión el 1 de enero de 0001", "el 1 de enero de 0001"),
    (NOVEMBER, "reunión el 31 de diciembre de 9999 a las 10", "el 31 de diciembre de 9999"),
    (LEAP_NEW_YEAR, "viaje en marzo de 2040", "marzo de 2040"),
])
def test_a_year_nobody_plans_for_gives_no_date(parser, now, text, words):
    assert said_wrongly(parser, text, now) == words


@pytest.mark.parametrize(("now", "text", "expected"), [
    (NOVEMBER, "reunión el 29 de febrero de 2028", date(2028, 2, 29)),
    (NOVEMBER, "reunión el 29 de febrero", date(2028, 2, 29)),
    (LEAP_NEW_YEAR, "reunión el 29/02", date(2028, 2, 29)),
    (datetime(2099, 3, 1), "el 29 de febrero", date(2104, 2, 29)),
    (NOVEMBER, "aniversario de la fundación, 12 de febrero de 1541", date(1541, 2, 12)),
    (NOVEMBER, "reunión el 4 de marzo de 2036", date(2036, 3, 4)),
    (NOVEMBER, "reunión el 30 de abril", date(2027, 4, 30)),
])
def test_a_day_the_calendar_has_is_kept(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected
    assert "invalid_date" not in parser.parse(text, now).slots


def test_a_date_said_wrongly_takes_no_time_to_another_day(parser):
    """The time beside an impossible date is not put on today or tomorrow."""
    assert parser.moment("reunión el 30 de febrero a las 10", NOVEMBER) == (None, None)


def test_a_range_with_an_impossible_end_is_said_wrongly(parser):
    assert said_wrongly(parser, "vacaciones del 28 de febrero al 30 de febrero", NOVEMBER) \
        == "del 28 de febrero al 30 de febrero"


def test_an_agenda_query_for_an_impossible_day_asks_no_range(parser):
    understood = parser.parse("qué tengo el 31 de abril", NOVEMBER)
    assert understood.slots.get("date_from") is None and understood.slots["invalid_date"] == "el 31 de abril"


@pytest.mark.parametrize(("text", "words"), [
    ("ﬁesta   el 30 de Febrero", "el 30 de Febrero"),
    ("REUNIÓN\x00 EL 31 DE ABRIL", "EL 31 DE ABRIL"),
    ("İİ reunión a las 25:00 hrs", "a las 25:00 hrs"),
    ("Reunión el Trëinta de febrero", "el Trëinta de febrero"),
])
def test_the_words_said_wrongly_are_cut_from_the_original_text(parser, text, words):
    """Folding may change the length of the text (a ligature, blanks squeezed): the slot still quotes the person."""
    assert parser.parse(text, NOVEMBER).slots["invalid_date"] == words
