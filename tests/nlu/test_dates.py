"""SPEC.md's date and time rules, one test per rule, each over several reference moments."""

from __future__ import annotations

from datetime import date, datetime

import pytest

MONDAY = datetime(2027, 3, 1, 9, 0)
WEDNESDAY_EVENING = datetime(2026, 6, 17, 18, 30)
LEAP_SUNDAY = datetime(2028, 2, 27, 10, 0)
DECEMBER = datetime(2026, 12, 30, 10, 0)
MONTH_END_FRIDAY = datetime(2027, 4, 30, 8, 0)


def start(parser, text: str, now: datetime):
    return parser.moment(text, now)[0]


@pytest.mark.parametrize(("now", "text", "expected"), [
    (MONDAY, "hoy", date(2027, 3, 1)),
    (MONDAY, "mañana", date(2027, 3, 2)),
    (MONDAY, "pasado mañana", date(2027, 3, 3)),
    (LEAP_SUNDAY, "pasado mñn", date(2028, 2, 29)),
    (DECEMBER, "mnn", date(2026, 12, 31)),
    (DECEMBER, "pasado manana", date(2027, 1, 1)),
])
def test_today_tomorrow_and_day_after(parser, now, text, expected):
    assert start(parser, text, now) == expected


@pytest.mark.parametrize(("now", "text", "expected"), [
    (MONDAY, "el martes", date(2027, 3, 2)),
    (MONDAY, "el lunes", date(2027, 3, 8)),
    (MONDAY, "el próximo martes", date(2027, 3, 2)),
    (WEDNESDAY_EVENING, "el vie", date(2026, 6, 19)),
    (WEDNESDAY_EVENING, "el mié", date(2026, 6, 24)),
    (WEDNESDAY_EVENING, "el mie", date(2026, 6, 24)),
    (LEAP_SUNDAY, "el sab", date(2028, 3, 4)),
    (LEAP_SUNDAY, "el dom", date(2028, 3, 5)),
    (MONTH_END_FRIDAY, "el jue", date(2027, 5, 6)),
    (MONTH_END_FRIDAY, "el lun", date(2027, 5, 3)),
])
def test_weekday_is_its_next_occurrence_strictly_after_today(parser, now, text, expected):
    assert start(parser, text, now) == expected


def test_weekday_of_next_week(parser):
    assert start(parser, "el miércoles de la próxima semana", MONDAY) == date(2027, 3, 10)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (MONDAY, "el 4 de diciembre", date(2027, 12, 4)),
    (MONDAY, "2/12", date(2027, 12, 2)),
    (MONDAY, "2-4", date(2027, 4, 2)),
    (MONDAY, "el 1° de abril", date(2027, 4, 1)),
    (MONDAY, "el 1ro de abril", date(2027, 4, 1)),
    (MONDAY, "4 de dic", date(2027, 12, 4)),
    (MONDAY, "el primero de mayo", date(2027, 5, 1)),
    (MONDAY, "18 sept", date(2027, 9, 18)),
    (MONDAY, "el 1 de marzo", date(2027, 3, 1)),
    (WEDNESDAY_EVENING, "el 16 de junio", date(2027, 6, 16)),
    (MONDAY, "5 de octubre de 2028", date(2028, 10, 5)),
    (MONDAY, "2027-05-04", date(2027, 5, 4)),
])
def test_day_and_month_is_its_next_occurrence_from_today_on(parser, now, text, expected):
    assert start(parser, text, now) == expected


@pytest.mark.parametrize("text", ["15 de enero", "15/1", "el 15 de ene"])
def test_december_fifteenth_of_january_is_next_year(parser, text):
    assert start(parser, text, DECEMBER) == date(2027, 1, 15)


def test_february_twenty_ninth_waits_for_a_leap_year(parser):
    assert start(parser, "el 29 de febrero", MONDAY) == date(2028, 2, 29)
    assert start(parser, "el 29 de febrero", LEAP_SUNDAY) == date(2028, 2, 29)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2026, 11, 23, 9), "el lunes 30", date(2026, 11, 30)),
    (MONTH_END_FRIDAY, "el lunes 3", date(2027, 5, 3)),
    (MONTH_END_FRIDAY, "el 15", date(2027, 5, 15)),
    (LEAP_SUNDAY, "el 31", date(2028, 3, 31)),
])
def test_day_number_with_weekday_or_alone_is_the_next_such_day(parser, now, text, expected):
    assert start(parser, text, now) == expected


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (MONDAY, "entre el 7 y el 11 de diciembre", date(2027, 12, 7), date(2027, 12, 11)),
    (MONDAY, "del 1 al 5", date(2027, 3, 1), date(2027, 3, 5)),
    (MONDAY, "del 28 de marzo al 2 de abril", date(2027, 3, 28), date(2027, 4, 2)),
    (MONDAY, "del 28 al 2 de abril", date(2027, 3, 28), date(2027, 4, 2)),
    (DECEMBER, "entre el 30 de diciembre y el 3 de enero", date(2026, 12, 30), date(2027, 1, 3)),
    (MONDAY, "de lunes a viernes", date(2027, 3, 8), date(2027, 3, 12)),
])
def test_day_ranges_give_first_and_last_day(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("de 10 a 12", (10, 0), (12, 0)),
    ("de 15 a 17 hrs", (15, 0), (17, 0)),
    ("entre las 9:30 y las 11", (9, 30), (11, 0)),
    ("desde las 4 hasta las 6", (16, 0), (18, 0)),
])
def test_time_ranges_give_start_and_end(parser, text, first, last):
    begin, end = parser.moment(f"el jueves {text}", MONDAY)
    assert (begin.hour, begin.minute) == first and (end.hour, end.minute) == last
    assert begin.date() == end.date() == date(2027, 3, 4)


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (MONDAY, "esta semana", date(2027, 3, 1), date(2027, 3, 7)),
    (LEAP_SUNDAY, "esta semana", date(2028, 2, 21), date(2028, 2, 27)),
    (MONDAY, "la próxima semana", date(2027, 3, 8), date(2027, 3, 14)),
    (MONDAY, "la semana que viene", date(2027, 3, 8), date(2027, 3, 14)),
    (MONDAY, "semana próxima", date(2027, 3, 8), date(2027, 3, 14)),
    (DECEMBER, "la proxima semana", date(2027, 1, 4), date(2027, 1, 10)),
])
def test_this_and_next_week_run_monday_to_sunday(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (MONDAY, "este fin de semana", date(2027, 3, 6), date(2027, 3, 7)),
    (WEDNESDAY_EVENING, "el fin de semana", date(2026, 6, 20), date(2026, 6, 21)),
    (MONTH_END_FRIDAY, "el finde", date(2027, 5, 1), date(2027, 5, 2)),
])
def test_weekend_is_the_coming_saturday_and_sunday(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize(("now", "text", "first", "last"), [
    (MONDAY, "este mes", date(2027, 3, 1), date(2027, 3, 31)),
    (LEAP_SUNDAY, "este mes", date(2028, 2, 1), date(2028, 2, 29)),
    (DECEMBER, "el próximo mes", date(2027, 1, 1), date(2027, 1, 31)),
    (MONDAY, "diciembre", date(2027, 12, 1), date(2027, 12, 31)),
    (MONDAY, "en marzo", date(2027, 3, 1), date(2027, 3, 31)),
])
def test_month_words_cover_the_whole_month(parser, now, text, first, last):
    assert parser.moment(text, now) == (first, last)


@pytest.mark.parametrize("now", [MONDAY, DECEMBER])
def test_month_already_passed_is_next_years(parser, now):
    first, last = parser.moment("febrero", now)
    assert first.year == now.year + 1 and (first.month, last.day) == (2, 28 if (now.year + 1) % 4 else 29)


@pytest.mark.parametrize(("text", "hour", "minute"), [
    ("a las 10", 10, 0), ("10:00", 10, 0), ("10 hrs", 10, 0), ("10 horas", 10, 0), ("10am", 10, 0),
    ("7 pm", 19, 0), ("7 p.m.", 19, 0), ("a las 9 y media", 9, 30), ("a las 11 y cuarto", 11, 15),
    ("a las 10 menos cuarto", 9, 45), ("al mediodía", 12, 0), ("a medianoche", 0, 0),
    ("a las dos", 14, 0), ("a las once y media", 11, 30), ("a las 21.30", 21, 30), ("9h30", 9, 30),
    ("a las 08:15", 8, 15),
])
def test_times_in_every_form(parser, text, hour, minute):
    moment = parser.moment(f"el viernes {text}", MONDAY)[0]
    assert isinstance(moment, datetime) and (moment.hour, moment.minute) == (hour, minute)


@pytest.mark.parametrize(("text", "hour"), [
    ("a las 3 de la tarde", 15), ("a las 8 de la noche", 20), ("a las 9 de la mañana", 9),
    ("en la tarde a las 6", 18), ("en la noche a las 9", 21), ("a las 7 pm", 19),
])
def test_tarde_noche_and_pm_add_twelve_hours(parser, text, hour):
    assert parser.moment(f"mañana {text}", WEDNESDAY_EVENING)[0].hour == hour


@pytest.mark.parametrize(("text", "hour"), [
    ("a las 4", 16), ("a la 1", 13), ("a las 7", 19), ("a las 4:30", 16), ("a las 8", 8), ("a las 12", 12),
])
def test_bare_hour_four_means_afternoon(parser, text, hour):
    assert parser.moment(f"el lunes {text}", MONTH_END_FRIDAY)[0].hour == hour


def test_morning_keeps_an_early_hour(parser):
    assert parser.moment("mañana en la mañana a las 7", MONDAY)[0] == datetime(2027, 3, 2, 7, 0)


@pytest.mark.parametrize("text", ["el jueves en la tarde", "mañana en la mañana", "esta noche", "el lunes de noche"])
def test_part_of_day_alone_gives_no_time(parser, text):
    moment = parser.moment(text, MONDAY)[0]
    assert isinstance(moment, date) and not isinstance(moment, datetime)


@pytest.mark.parametrize("text", [
    "Invitación de la Cruz Roja a la cena benéfica el 20 de marzo a las 21 hrs, confirmar antes del 10",
    "Invitación de la Cruz Roja a la cena benéfica, plazo hasta el 10 de marzo, es el 20 de marzo a las 21 hrs",
    "la Cruz Roja invita a la cena benéfica el 20 de marzo a las 21 hrs, respuesta antes del 10 de marzo",
])
def test_deadline_date_is_never_the_start(parser, text):
    understood = parser.parse(text, MONDAY)
    assert understood.slots["start"] == datetime(2027, 3, 20, 21, 0)
    assert understood.slots["deadline"] == date(2027, 3, 10)


@pytest.mark.parametrize("text", [
    "agendar reunión con Bomberos por el incendio de ayer, el 2 de enero a las 10",
    "reunión con la junta de vecinos afectada por la inundación de anteayer, el 2 de enero a las 10",
])
def test_day_already_past_only_tells_why_when_another_day_says_when(parser, text):
    assert parser.parse(text, DECEMBER).slots["start"] == datetime(2027, 1, 2, 10, 0)


def test_time_without_day_is_today_or_tomorrow_if_passed(parser):
    assert parser.moment("a las 10", MONDAY)[0] == datetime(2027, 3, 1, 10, 0)
    assert parser.moment("a las 10", WEDNESDAY_EVENING)[0] == datetime(2026, 6, 18, 10, 0)


def test_date_in_a_street_name_is_no_date(parser):
    assert parser.moment("en la plaza 23 de marzo", MONDAY) == (None, None)


def test_week_of_a_day(parser):
    assert parser.moment("la semana del 28", DECEMBER) == (date(2027, 1, 25), date(2027, 1, 31))
    assert parser.moment("semana del 2 de marzo", MONDAY) == (date(2027, 3, 1), date(2027, 3, 7))


def test_in_days_and_next_days(parser):
    assert parser.moment("en 3 días", LEAP_SUNDAY) == (date(2028, 3, 1), None)
    assert parser.moment("los próximos 7 días", MONDAY) == (date(2027, 3, 1), date(2027, 3, 7))


def test_weekday_or_month_before_a_surname_is_a_name(parser):
    assert parser.moment("reunión con Julio Pérez", MONDAY) == (None, None)
    assert parser.moment("cita con Domingo Soto el martes", MONDAY) == (date(2027, 3, 2), None)


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión con el director de la DOM el martes", date(2027, 3, 2)),
    ("almuerzo de la Semana de la Chilenidad el jueves", date(2027, 3, 4)),
    ("reunión el LUNES", date(2027, 3, 8)),
    ("agenda de la Semana", date(2027, 3, 1)),
])
def test_abbreviation_in_capitals_or_week_in_a_name_is_no_date(parser, text, expected):
    assert parser.moment(text, MONDAY)[0] == expected


def test_sea_is_not_tuesday(parser):
    assert parser.moment("paseo frente al mar", MONDAY) == (None, None)
    assert parser.moment("el mar 9", MONDAY)[0] == date(2027, 3, 9)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (MONDAY, "el 2 del mes que viene", date(2027, 4, 2)),
    (DECEMBER, "para el diez del próximo mes", date(2027, 1, 10)),
    (MONTH_END_FRIDAY, "el 20 de este mes", date(2027, 4, 20)),
    (MONTH_END_FRIDAY, "el 3 del mes siguiente a las 10", datetime(2027, 5, 3, 10, 0)),
])
def test_day_of_a_month_said_in_words_is_that_months_day(parser, now, text, expected):
    assert start(parser, text, now) == expected


@pytest.mark.parametrize(("now", "text", "expected"), [
    (MONDAY, "las próximas dos semanas", (date(2027, 3, 1), date(2027, 3, 14))),
    (MONDAY, "en las siguientes 2 semanas", (date(2027, 3, 1), date(2027, 3, 14))),
    (MONDAY, "los próximos 10 días", (date(2027, 3, 1), date(2027, 3, 10))),
    (WEDNESDAY_EVENING, "esta quincena", (date(2026, 6, 16), date(2026, 6, 30))),
    (MONDAY, "la quincena", (date(2027, 3, 1), date(2027, 3, 15))),
    (MONDAY, "la próxima quincena", (date(2027, 3, 16), date(2027, 3, 31))),
    (WEDNESDAY_EVENING, "la otra quincena", (date(2026, 7, 1), date(2026, 7, 15))),
    (WEDNESDAY_EVENING, "de aquí a fin de mes", (date(2026, 6, 17), date(2026, 6, 30))),
    (DECEMBER, "desde hoy hasta fin de mes", (date(2026, 12, 30), date(2026, 12, 31))),
    (MONDAY, "hasta fines de mes", (date(2027, 3, 1), date(2027, 3, 31))),
    (MONDAY, "de acá al fin de mes", (date(2027, 3, 1), date(2027, 3, 31))),
    (MONDAY, "de aquí al viernes", (date(2027, 3, 1), date(2027, 3, 5))),
    (WEDNESDAY_EVENING, "desde ahora hasta el lunes", (date(2026, 6, 17), date(2026, 6, 22))),
    # a bare day number after «de aquí al» ends the span, as «hasta el 15» does
    (MONDAY, "de aquí al 15", (date(2027, 3, 1), date(2027, 3, 15))),
    (WEDNESDAY_EVENING, "desde hoy al 3", (date(2026, 6, 17), date(2026, 7, 3))),
    (MONDAY, "de aca hasta el 20", (date(2027, 3, 1), date(2027, 3, 20))),
    (MONDAY, "desde ahora a el 9", (date(2027, 3, 1), date(2027, 3, 9))),
])
def test_a_span_of_days_from_today(parser, now, text, expected):
    assert parser.moment(text, now) == expected


@pytest.mark.parametrize("text", ["qué tengo las próximas dos semanas", "agenda de la quincena",
                                  "q hay de aquí a fin de mes", "mi agenda de los próximos 10 días xfa",
                                  "agenda de aquí al 15", "qué hay de aquí al 15?"])
def test_a_span_of_days_is_the_agendas_period(parser, text):
    understood = parser.parse(text, MONDAY)
    assert understood.intent == "agenda.query" and {"date_from", "date_to"} <= set(understood.slots), understood


@pytest.mark.parametrize(("text", "expected"), [
    ("agenda de aquí al 15 de enero", date(2028, 1, 15)),
    ("q hay d aca al 15/12 xfa", date(2027, 12, 15)),
    ("¿Qué actividades tengo desde hoy al 3 de abril?", date(2027, 4, 3)),
    ("qué tenís en la agenda de acá al 20 de marzo", date(2027, 3, 20)),
])
def test_a_span_from_today_to_a_full_date_ends_on_that_date(parser, text, expected):
    """«de aquí al 15 de enero»: the date says its «al» itself, and still closes the span that opens today."""
    understood = parser.parse(text, MONDAY)
    assert understood.intent == "agenda.query", understood
    assert (understood.slots.get("date_from"), understood.slots.get("date_to")) == (MONDAY.date(), expected)
