"""Date-shaped phrases of every kind, at any reference moment: nothing raises, and a date found is the one said.

Hypothesis writes the phrases the way staff type them (month then day, day then month, weekday and number,
numbers in words, numeric dates, years at the edges of the calendar, hours past the clock) and pairs them with
reference moments from 1990 to 2100 and the first and last moments `datetime` has.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nlu import calendar, lexicon
from nlu.dates import MAX_DAY, Grammar
from nlu.moments import event_when, first_when, query_range

WORDS = lexicon.load("es")
GRAMMAR = Grammar(WORDS)
MONTH_WORDS = sorted(w for w in WORDS["months"] if w not in WORDS["ambiguous"]["months"])
WEEKDAY_WORDS = sorted(w for w in WORDS["weekdays"] if w not in WORDS["ambiguous"]["weekdays"])
DAY_WORDS = {n: w for w, n in sorted(WORDS["numbers"].items(), reverse=True)
             if 1 <= n <= 31 and w not in WORDS["ambiguous"]["numbers"]}
"""One word for each day number (the table's last spelling of it)."""
EDGES = [datetime(1, 1, 1), datetime(1, 1, 1, 23, 59), datetime(9999, 12, 31, 23, 59), datetime(9999, 12, 25, 9),
         datetime(9999, 12, 27, 12)]

moments = st.one_of(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)),
                    st.sampled_from(EDGES))
years = st.one_of(st.integers(1990, 2100), st.sampled_from([1, 9, 999, 1541, 3000, 9999]), st.integers(1, 9999))


class Said(NamedTuple):
    """A phrase and what it says: the day, month and year written, and the hour and minute."""

    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hour: int | None = None
    minute: int | None = None


@st.composite
def day_phrases(draw: st.DrawFn) -> Said:
    day = draw(st.integers(0, 40))
    month = draw(st.integers(1, 12))
    month_word = draw(st.sampled_from([w for w in MONTH_WORDS if WORDS["months"][w] == month]))
    year = draw(st.none() | years)
    with_year = f" de {year:04d}" if year is not None else ""
    day_text = DAY_WORDS[day] if 1 <= day <= 31 and draw(st.booleans()) else str(day)
    shape = draw(st.sampled_from(["day_month", "month_day", "numeric", "dotted", "listed", "weekday"]))
    if shape == "day_month":
        return Said(f"el {day_text} de {month_word}{with_year}", day, month, year)
    if shape == "month_day":
        text = f"{month_word} {day}{with_year}"
        return Said(text, day, month, year) if day <= MAX_DAY else Said(text)  # "marzo 40": a count
    if shape == "numeric":
        text = f"el {day}/{month:02d}" + (f"/{year:04d}" if year is not None else "")
        return Said(text, day, month, year) if 1 <= day <= MAX_DAY else Said(text)  # "0/01": a score
    if shape == "dotted":
        text = f"el {day}.{month:02d}.{year or 2027:04d}"
        return Said(text, day, month, year or 2027) if 1 <= day <= MAX_DAY else Said(text)
    if shape == "listed":
        second = draw(st.integers(1, 31))
        text = f"{draw(st.sampled_from(['el', 'los días', 'la semana del']))} {day} y {second} de {month_word}"
        both = day < second and calendar.exists(day, month) and calendar.exists(second, month)
        return Said(text, day, None, None) if both and "semana" not in text else Said(text)
    weekday = draw(st.sampled_from(WEEKDAY_WORDS))
    return Said(f"el {weekday} {day_text}", day if 1 <= day <= 31 else None)


@st.composite
def time_phrases(draw: st.DrawFn) -> Said:
    hour = draw(st.integers(0, 30))
    minute = draw(st.sampled_from([0, 5, 15, 30, 45, 59]))
    return Said(f"a las {hour}:{minute:02d}", hour=hour, minute=minute)


@st.composite
def messages(draw: st.DrawFn) -> Said:
    day = draw(st.none() | day_phrases())
    clock = draw(st.none() | time_phrases())
    lead = draw(st.sampled_from(["", "reunión ", "agenda ", "invitación del Liceo al acto ", "REUNION "]))
    parts = [p for p in (day, clock) if p is not None]
    if draw(st.booleans()):
        parts.reverse()
    text = lead + " ".join(p.text for p in parts)
    return Said(text, day and day.day, day and day.month, day and day.year, clock and clock.hour,
                clock and clock.minute)


def on_the_calendar(said: Said, now: datetime) -> bool | None:
    """Whether the day said exists (None when the phrase names no whole date)."""
    if said.day is None or said.month is None:
        return None
    if said.year is not None and not now.year - calendar.YEARS_BACK <= said.year <= now.year + calendar.YEARS_AHEAD:
        return False
    return calendar.exists(said.day, said.month, said.year)


@settings(max_examples=400, deadline=None)
@given(said=messages(), now=moments)
@example(said=Said("agenda diciembre 4", 4, 12), now=datetime(2026, 11, 23, 9))
@example(said=Said("reunión marzo 15 a las 10", 15, 3, hour=10, minute=0), now=datetime(2026, 11, 23, 9))
@example(said=Said("el 31 de diciembre de 9999 a las 23:59", 31, 12, 9999, 23, 59), now=datetime(9999, 12, 31, 23, 59))
@example(said=Said("el 1 de enero de 0001", 1, 1, 1), now=datetime(1, 1, 1))
@example(said=Said("el 29 de febrero de 2028", 29, 2, 2028), now=datetime(2026, 11, 23, 9))
def test_date_shaped_phrases_never_raise_and_any_date_found_is_the_one_said(parser, said, now):
    start, end = parser.moment(said.text, now)
    understood = parser.parse(said.text, now)
    for value in (start, end, *understood.slots.values()):
        assert value is None or isinstance(value, str | date | bool)
    exists = on_the_calendar(said, now)
    if exists is False:
        assert start is None
        assert "invalid_date" in understood.slots
    if start is None or said.day is None:
        return
    found = start.date() if isinstance(start, datetime) else start
    if said.hour == 24 and isinstance(start, datetime):
        found = (start - timedelta(minutes=1)).date()  # "a las 24:00" is the midnight that ends the day
    if said.month is not None:
        assert (found.day, found.month) == (said.day, said.month)
        assert said.year is None or found.year == said.year
    else:
        assert found.day == said.day


@settings(max_examples=200, deadline=None)
@given(said=time_phrases(), day=day_phrases(), now=moments)
@example(said=Said("a las 1:00", hour=1, minute=0), day=Said("el miercoles 0"), now=datetime(2027, 3, 1))
def test_hours_past_the_clock_give_no_moment_and_a_real_hour_is_kept(parser, said, day, now):
    text = f"{day.text} {said.text}"
    start, _ = parser.moment(text, now)
    assert said.hour is not None
    if said.hour > 24:
        assert start is None
        assert "invalid_date" in parser.parse(text, now).slots
    elif isinstance(start, datetime) and said.hour < 24:
        assert start.minute == said.minute
        assert start.hour in (said.hour, said.hour + 12)


@settings(max_examples=300, deadline=None)
@given(said=messages(), now=moments)
def test_grammar_and_moments_never_raise_at_any_reference_moment(said, now):
    """The date path itself stays inside the calendar, whoever calls it: no OverflowError to catch."""
    atoms = GRAMMAR.scan(said.text.lower(), now.date())
    for atom in atoms:
        for day in (atom.first, atom.last):
            assert day is None or date.min <= day <= date.max
    first_when(atoms, now)
    event_when(atoms, now)
    query_range(atoms, now)


@pytest.mark.parametrize("today", [date.min, date(1, 1, 7), date.max, date.max - timedelta(days=3),
                                   date(9999, 12, 27), date(2028, 2, 29)])
def test_calendar_arithmetic_at_the_ends_of_time_gives_none_rather_than_overflow(today):
    for weekday in range(7):
        calendar.next_weekday(today, weekday)
    calendar.week_of(today)
    calendar.weekend_of(today)
    for month in range(1, 13):
        calendar.month_ahead(today, month)
        calendar.day_of_month(today, 31, month)
        calendar.day_of_month(today, 29, month)
    for day in (1, 29, 31):
        calendar.day_of_month(today, day)
    calendar.month_span(today.year, today.month)


@settings(max_examples=300, deadline=None)
@given(said=messages(), now=st.sampled_from(EDGES))
def test_no_rule_of_the_grammar_overflows_at_the_ends_of_time(said, now):
    """`scan` would drop a rule that raised; none should need it to, so the rules are called here unguarded."""
    norm = said.text.lower()
    for pattern, handler, _ in GRAMMAR.rules:
        compiled = re.compile(pattern)
        for match in compiled.finditer(norm):
            handler(match, now.date())
