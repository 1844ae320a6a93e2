"""Date shapes staff write that the first grammar missed (issue 12 "Dates", issue 14 item 1): month before
day, a weekday beside another day's number, numbers in words, lists of days, holidays, and January dates
written in late December."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nlu import lexicon
from nlu.dates import Grammar

NOVEMBER_MONDAY = datetime(2026, 11, 23, 9, 0)
DECEMBER_TUESDAY = datetime(2026, 12, 1, 9, 0)
LEAP_SUNDAY = datetime(2028, 2, 27, 10, 0)
NEW_YEARS_EVE = datetime(2026, 12, 31, 23, 30)
SEPTEMBER_DST_EVE = datetime(2026, 9, 5, 20, 0)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (NOVEMBER_MONDAY, "agenda diciembre 4", date(2026, 12, 4)),
    (NOVEMBER_MONDAY, "reunión con el seremi marzo 15 a las 10", datetime(2027, 3, 15, 10, 0)),
    (NOVEMBER_MONDAY, "reunión con el seremi marzo 15, a las 10", datetime(2027, 3, 15, 10, 0)),
    (NOVEMBER_MONDAY, "Reunión Diciembre 4 de 2027", date(2027, 12, 4)),
    (NOVEMBER_MONDAY, "reunión dic 4", date(2026, 12, 4)),
    (NOVEMBER_MONDAY, "reunión dic. 10 a las 9", datetime(2026, 12, 10, 9, 0)),
    (NOVEMBER_MONDAY, "reunión septiembre 18", date(2027, 9, 18)),
    (LEAP_SUNDAY, "visita febrero 29", date(2028, 2, 29)),
    (NEW_YEARS_EVE, "agenda enero 2", date(2027, 1, 2)),
])
def test_month_then_day_is_that_date(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected


@pytest.mark.parametrize("text", ["frente al mar 15 personas", "el mar 9"])
def test_an_abbreviation_that_is_a_word_does_not_open_a_month_then_day(parser, text):
    """"mar" before a number is Tuesday ("el mar 9"), never March."""
    found = parser.moment(text, NOVEMBER_MONDAY)[0]
    assert found is None or found.month != 3


def test_month_then_a_count_is_no_date(parser):
    assert parser.moment("en marzo 40 familias", NOVEMBER_MONDAY)[0] == date(2027, 3, 1)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (DECEMBER_TUESDAY, "reunión el martes 14", date(2026, 12, 14)),
    (DECEMBER_TUESDAY, "reunión el martes 14 a las 10", datetime(2026, 12, 14, 10, 0)),
    (NOVEMBER_MONDAY, "el jueves 4", date(2026, 12, 4)),
    (LEAP_SUNDAY, "el jueves 29", date(2028, 2, 29)),
    (NEW_YEARS_EVE, "el viernes 8", date(2027, 1, 8)),
    (NEW_YEARS_EVE, "el lunes 4", date(2027, 1, 4)),
])
def test_weekday_with_a_day_number_trusts_the_number(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected


@pytest.mark.parametrize(("now", "text", "expected"), [
    (NOVEMBER_MONDAY, "reunión el lunes veintiuno", date(2026, 12, 21)),
    (NOVEMBER_MONDAY, "el viernes veintisiete", date(2026, 11, 27)),
    (NOVEMBER_MONDAY, "el sábado primero", date(2026, 12, 1)),
    (NOVEMBER_MONDAY, "el veintiuno de diciembre", date(2026, 12, 21)),
    (NOVEMBER_MONDAY, "el treinta y uno de diciembre", date(2026, 12, 31)),
    (LEAP_SUNDAY, "el veintinueve de febrero", date(2028, 2, 29)),
])
def test_days_in_words(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected


def test_a_weekday_before_una_is_the_weekday_not_the_first(parser):
    assert parser.moment("el martes una reunión", NOVEMBER_MONDAY)[0] == date(2026, 11, 24)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("de diez a doce", (10, 0), (12, 0)),
    ("de diez a doce en la sala de concejo", (10, 0), (12, 0)),
    ("de nueve a once y media", (9, 0), (11, 30)),
    ("de 3 hasta las cinco y cuarto", (15, 0), (17, 15)),
    ("a las cinco y cuarto", (17, 15), None),
    ("a las once y media", (11, 30), None),
    ("a las ocho menos cuarto", (7, 45), None),
])
def test_hours_and_hour_ranges_in_words(parser, text, start, end):
    begin, finish = parser.moment(f"reunión el jueves {text}", NOVEMBER_MONDAY)
    assert begin.date() == date(2026, 11, 26) and (begin.hour, begin.minute) == start
    assert (finish.hour, finish.minute) == end if end else finish is None


def test_a_count_in_words_is_no_hour_range(parser):
    assert parser.moment("taller el jueves de dos a tres personas", NOVEMBER_MONDAY) == (date(2026, 11, 26), None)


@pytest.mark.parametrize(("text", "end"), [
    ("hasta las cinco y cuarto", datetime(2026, 11, 26, 17, 15)),
    ("hasta las 13", datetime(2026, 11, 26, 13, 0)),
    ("a las 9 hasta las 13", datetime(2026, 11, 26, 13, 0)),
])
def test_hasta_las_is_when_the_activity_ends(parser, text, end):
    assert parser.moment(f"reunión el jueves {text}", NOVEMBER_MONDAY)[1] == end


def test_hasta_las_alone_is_no_start_time(parser):
    start, end = parser.moment("reunión el jueves hasta las cinco y cuarto", NOVEMBER_MONDAY)
    assert start == date(2026, 11, 26) and end == datetime(2026, 11, 26, 17, 15)


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (NOVEMBER_MONDAY, "agenda el lunes y el martes", date(2026, 11, 30), date(2026, 12, 1)),
    (DECEMBER_TUESDAY, "agenda el martes y el lunes", date(2026, 12, 8), date(2026, 12, 14)),
    (NOVEMBER_MONDAY, "agenda hoy y mañana", date(2026, 11, 23), date(2026, 11, 24)),
    (NOVEMBER_MONDAY, "agenda el lunes, el martes y el jueves", date(2026, 11, 30), date(2026, 12, 3)),
    (NOVEMBER_MONDAY, "agenda esta semana y la otra", date(2026, 11, 23), date(2026, 12, 6)),
    (NEW_YEARS_EVE, "agenda esta semana y la próxima", date(2026, 12, 28), date(2027, 1, 10)),
    (NOVEMBER_MONDAY, "agenda este mes y el próximo", date(2026, 11, 1), date(2026, 12, 31)),
    (LEAP_SUNDAY, "agenda este mes y el siguiente", date(2028, 2, 1), date(2028, 3, 31)),
])
def test_days_said_together_are_one_span(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


def test_two_days_apart_are_not_joined(parser):
    assert parser.moment("por lo de ayer, el 2 de enero", NOVEMBER_MONDAY) == (date(2026, 11, 22), None)


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (datetime(2026, 12, 10, 9), "vacaciones entre navidad y año nuevo", date(2026, 12, 25), date(2027, 1, 1)),
    (datetime(2026, 12, 28, 9), "vacaciones entre navidad y año nuevo", date(2026, 12, 25), date(2027, 1, 1)),
    (datetime(2027, 1, 2, 9), "vacaciones entre Navidad y Año Nuevo", date(2027, 12, 25), date(2028, 1, 1)),
    (NOVEMBER_MONDAY, "operativo para fiestas patrias", date(2027, 9, 18), date(2027, 9, 19)),
    (SEPTEMBER_DST_EVE, "operativo para fiestas patrias", date(2026, 9, 18), date(2026, 9, 19)),
    (datetime(2026, 12, 10, 9), "saludo para Navidad", date(2026, 12, 25), None),
    (NOVEMBER_MONDAY, "cena para nochebuena", date(2026, 12, 24), None),
    # the days that move with Easter (Easter Sunday is 28 March 2027, 16 April 2028)
    (datetime(2027, 3, 10, 9), "procesión del Viernes Santo", date(2027, 3, 26), None),
    (datetime(2027, 3, 10, 9), "misa con el obispo para el viernes santo", date(2027, 3, 26), None),
    (datetime(2027, 3, 10, 9), "qué tiene el alcalde en semana santa", date(2027, 3, 21), date(2027, 3, 28)),
    (datetime(2027, 3, 10, 9), "turnos desde el jueves santo hasta el domingo de resurrección", date(2027, 3, 25),
     date(2027, 3, 28)),
    (datetime(2027, 3, 27, 9), "feria del domingo de pascua", date(2027, 3, 28), None),
    (datetime(2027, 3, 29, 9), "vía crucis el Viernes Santo", date(2028, 4, 14), None),
])
def test_holidays_named_are_their_dates(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize(("text", "expected"), [
    ("fonda para fiestas patrias el 17 de septiembre", date(2027, 9, 17)),
    ("misa de navidad el sábado 19 a las 20", datetime(2026, 12, 19, 20, 0)),
    ("reunión con carabineros el viernes 19 de marzo por el plan de semana santa", date(2027, 3, 19)),
])
def test_a_date_written_beside_a_holiday_wins(parser, text, expected):
    assert parser.moment(text, NOVEMBER_MONDAY)[0] == expected


@pytest.mark.parametrize("text", ["celebración del año nuevo mapuche", "la misa de navidad"])
def test_a_holiday_inside_a_name_is_no_date(parser, text):
    assert parser.moment(text, NOVEMBER_MONDAY) == (None, None)


@pytest.mark.parametrize("now", [datetime(2026, 12, 28, 9), datetime(2027, 12, 28, 9), NEW_YEARS_EVE])
@pytest.mark.parametrize(("text", "month", "day"), [
    ("reunión el 4 de enero", 1, 4),
    ("reunión el 2/1", 1, 2),
    ("reunión el 02-01", 1, 2),
    ("agenda enero 4", 1, 4),
    ("reunión el 15 de ene a las 10", 1, 15),
])
def test_a_january_date_written_in_late_december_is_next_years(parser, now, text, month, day):
    found = parser.moment(text, now)[0]
    assert (found.year, found.month, found.day) == (now.year + 1, month, day)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2026, 12, 28, 9), "reunión el lunes 4", date(2027, 1, 4)),
    (datetime(2027, 12, 28, 9), "reunión el lunes 3", date(2028, 1, 3)),
    (NEW_YEARS_EVE, "reunión el sábado 2 a las 10", datetime(2027, 1, 2, 10, 0)),
    (datetime(2026, 12, 28, 9), "el 4", date(2027, 1, 4)),
])
def test_a_january_day_number_written_in_late_december_is_next_years(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected


def test_a_date_already_today_in_late_december_stays_this_year(parser):
    assert parser.moment("reunión el 31 de diciembre a las 23:45", NEW_YEARS_EVE)[0] == datetime(2026, 12, 31, 23, 45)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("agenda de la semana del 7 al 11 de diciembre", date(2026, 12, 7), date(2026, 12, 11)),
    ("agenda la semana del 7-11 de diciembre", date(2026, 12, 7), date(2026, 12, 11)),
    ("agenda semana del 28 al 4", date(2026, 11, 28), date(2026, 12, 4)),
    ("agenda la semana del 30", date(2026, 11, 30), date(2026, 12, 6)),
])
def test_the_week_from_one_day_to_another_is_those_days(parser, text, first, last):
    assert parser.moment(text, NOVEMBER_MONDAY) == (first, last)


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión el 04.12.2026 a las 10", datetime(2026, 12, 4, 10, 0)),
    ("reunión el 4.12.26 a las 10.30", datetime(2026, 12, 4, 10, 30)),
    ("reunión a las 10.30", datetime(2026, 11, 23, 10, 30)),
    ("cuesta 1.250.000 pesos", None),
])
def test_a_date_with_dots_needs_its_year(parser, text, expected):
    """"4.12" alone is a time or a decimal; "04.12.2026" is a date, not 4:12."""
    assert parser.moment(text, NOVEMBER_MONDAY)[0] == expected


def test_a_date_with_dots_that_the_month_lacks_is_said_wrongly(parser):
    assert parser.parse("reunión el 31.02.2027", NOVEMBER_MONDAY).slots["invalid_date"] == "el 31.02.2027"


@pytest.mark.parametrize(("text", "first", "last"), [
    ("qué tengo el 1, 2 y 3 de diciembre", date(2026, 12, 1), date(2026, 12, 3)),
    ("qué tengo los días 1 y 2 de diciembre", date(2026, 12, 1), date(2026, 12, 2)),
    ("qué tengo los dias 7, 8 y 9", date(2026, 12, 7), date(2026, 12, 9)),
    ("los días 1 al 5 de diciembre", date(2026, 12, 1), date(2026, 12, 5)),
    ("qué tengo el 7 y 8", date(2026, 12, 7), date(2026, 12, 8)),
    ("el lunes 30, martes 1 y miércoles 2", date(2026, 11, 30), date(2026, 12, 2)),
])
def test_days_listed_by_number_are_the_days_they_run_over(parser, text, first, last):
    assert parser.moment(text, NOVEMBER_MONDAY) == (first, last)


@pytest.mark.parametrize(("text", "expected"), [
    ("el treinta y uno de diciembre", (date(2026, 12, 31), None)),
    ("el 4 y 5 personas", (date(2026, 12, 4), None)),
    ("los 2 y 3 personas", (None, None)),
    ("el 4 de diciembre, 5 de enero", (date(2026, 12, 4), None)),
])
def test_a_number_or_a_count_is_no_list_of_days(parser, text, expected):
    assert parser.moment(text, NOVEMBER_MONDAY) == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("fiesta de 22:00 a 02:00", datetime(2026, 11, 26, 22, 0), datetime(2026, 11, 27, 2, 0)),
    ("vigilia de 23 a 1", datetime(2026, 11, 26, 23, 0), datetime(2026, 11, 27, 1, 0)),
    ("reunión de 11 a 1", datetime(2026, 11, 26, 11, 0), datetime(2026, 11, 26, 13, 0)),
    ("reunión de 9 a 2", datetime(2026, 11, 26, 9, 0), datetime(2026, 11, 26, 14, 0)),
])
def test_an_end_before_the_start_is_the_next_time_the_clock_shows_it(parser, text, start, end):
    assert parser.moment(f"el jueves {text}", NOVEMBER_MONDAY) == (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión el jueves a las veinte horas", datetime(2026, 11, 26, 20, 0)),
    ("reunión el jueves a las diecinueve hrs", datetime(2026, 11, 26, 19, 0)),
    ("reunión el jueves a las diez horas", datetime(2026, 11, 26, 10, 0)),
    ("el jueves llegan a las veinte personas", date(2026, 11, 26)),
])
def test_an_hour_past_noon_in_words_needs_its_unit(parser, text, expected):
    assert parser.moment(text, NOVEMBER_MONDAY)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión el veintiuno a las diez", datetime(2026, 12, 21, 10, 0)),
    ("reunión para el quince", date(2026, 12, 15)),
    ("reunión el día quince", date(2026, 12, 15)),
    ("el once titular", None),
    ("el cinco por ciento", None),
])
def test_a_day_alone_in_words_is_the_next_such_day_when_said_as_a_date(parser, text, expected):
    assert parser.moment(text, NOVEMBER_MONDAY)[0] == expected


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (datetime(2026, 12, 28, 9), "agenda de la primera semana de enero", date(2027, 1, 1), date(2027, 1, 7)),
    (datetime(2026, 12, 28, 9), "la segunda quincena de enero", date(2027, 1, 16), date(2027, 1, 31)),
    (datetime(2026, 12, 28, 9), "la primera quincena de febrero", date(2027, 2, 1), date(2027, 2, 15)),
    (LEAP_SUNDAY, "la segunda quincena de febrero", date(2028, 2, 16), date(2028, 2, 29)),
    (NOVEMBER_MONDAY, "la última semana de febrero de 2028", date(2028, 2, 23), date(2028, 2, 29)),
    (NOVEMBER_MONDAY, "reunión a fines de marzo", date(2027, 3, 21), date(2027, 3, 31)),
    (NOVEMBER_MONDAY, "a mediados de abril", date(2027, 4, 11), date(2027, 4, 20)),
    (NOVEMBER_MONDAY, "a principios de diciembre", date(2026, 12, 1), date(2026, 12, 10)),
])
def test_part_of_a_named_month_is_those_days(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


def test_a_part_of_a_month_in_a_year_nobody_plans_for_is_said_wrongly(parser):
    assert parser.parse("a fines de marzo de 3000", NOVEMBER_MONDAY).slots["invalid_date"] == "a fines de marzo de 3000"


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (NOVEMBER_MONDAY, "agenda de hoy y de mañana", date(2026, 11, 23), date(2026, 11, 24)),
    (NOVEMBER_MONDAY, "para el lunes y para el martes", date(2026, 11, 30), date(2026, 12, 1)),
    (NOVEMBER_MONDAY, "agenda de esta semana y de la próxima", date(2026, 11, 23), date(2026, 12, 6)),
    (NOVEMBER_MONDAY, "agenda de esta y la próxima semana", date(2026, 11, 23), date(2026, 12, 6)),
    (NEW_YEARS_EVE, "agenda de este y el próximo mes", date(2026, 12, 1), date(2027, 1, 31)),
    (NOVEMBER_MONDAY, "agenda de este mes y del próximo", date(2026, 11, 1), date(2026, 12, 31)),
])
def test_this_and_the_next_said_with_their_words_repeated_or_shared(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("reunión el jueves 10:00-12:00", datetime(2026, 11, 26, 10, 0), datetime(2026, 11, 26, 12, 0)),
    ("reunión el jueves 10-12 hrs", datetime(2026, 11, 26, 10, 0), datetime(2026, 11, 26, 12, 0)),
    ("reunión el jueves 10 a 12 hrs", datetime(2026, 11, 26, 10, 0), datetime(2026, 11, 26, 12, 0)),
    ("reunión el jueves 9:30 a 11", datetime(2026, 11, 26, 9, 30), datetime(2026, 11, 26, 11, 0)),
    ("reunión el jueves, 15:00 hrs a 17:00 hrs", datetime(2026, 11, 26, 15, 0), datetime(2026, 11, 26, 17, 0)),
    ("reunión el jueves 10 a las 12", datetime(2026, 12, 10, 12, 0), None),
    ("niños de 10 a 12 años el jueves", date(2026, 11, 26), None),
])
def test_two_hours_without_de_are_a_range_when_a_unit_or_minutes_say_so(parser, text, start, end):
    assert parser.moment(text, NOVEMBER_MONDAY) == (start, end)


def test_a_long_weekend_without_the_holidays_known_is_the_coming_weekend():
    grammar = Grammar(lexicon.load())
    atoms = grammar.scan("el fin de semana largo", date(2027, 6, 16))
    assert [(a.first, a.last) for a in atoms] == [(date(2027, 6, 19), date(2027, 6, 20))]
