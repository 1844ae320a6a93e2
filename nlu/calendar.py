"""Calendar arithmetic behind SPEC.md's date rules; the week starts on Monday."""

from __future__ import annotations

from datetime import date, timedelta

OUT_OF_CALENDAR = (OverflowError, ValueError)
"""What date arithmetic raises past year 9999 (or before year 1)."""

LOOKAHEAD_MONTHS = 14
"""How far a day of the month without its month is searched for (the 31st may be months away)."""
YEARS_AHEAD = 10
"""A year further than this from today is a slip of the keyboard (3000 for 2030), not a plan: no date."""
YEARS_BACK = 600
"""Far enough back for any anniversary the office remembers (a city founded in 1541), not for year 0001."""
LONGEST_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The most days each month ever has, February in a leap year."""


def easter(year: int) -> date:
    """Easter Sunday of a year (western churches): Semana Santa and Viernes Santo move with it.

    `dateutil` (already installed by `holidays`, and named as a dependency) has the Gregorian computation."""
    from dateutil.easter import easter as gregorian_easter

    return gregorian_easter(year)


def feast_day(written: str, year: int) -> date:
    """A holiday's day in `year` as the lexicon writes it: «12-25», or «easter-2» (Viernes Santo) for the days
    that move with Easter."""
    if written.startswith("easter"):
        return easter(year) + timedelta(days=int(written.removeprefix("easter") or 0))
    month, day = written.split("-")
    return date(year, int(month), int(day))


def add_days(day: date, days: int) -> date | None:
    """`day` moved by `days`, or None past the ends of the calendar (year 1 and year 9999)."""
    try:
        return day + timedelta(days=days)
    except OUT_OF_CALENDAR:
        return None


def next_weekday(today: date, weekday: int) -> date | None:
    """A weekday's next occurrence strictly after today ("el martes" on a Tuesday is next week's)."""
    ahead = (weekday - today.weekday()) % 7 or 7
    return add_days(today, ahead)


def week_of(day: date) -> tuple[date, date] | None:
    """Monday to Sunday around `day`; None in the last days of year 9999, whose Sunday the calendar lacks."""
    monday = add_days(day, -day.weekday())
    sunday = monday and add_days(monday, 6)
    return (monday, sunday) if monday and sunday else None


def weekend_of(today: date) -> tuple[date, date] | None:
    """The coming Saturday and Sunday; on a weekend day, the weekend we are in (from today)."""
    if today.weekday() == 6:
        return today, today
    saturday = add_days(today, (5 - today.weekday()) % 7)
    sunday = saturday and add_days(saturday, 1)
    return (saturday, sunday) if saturday and sunday else None


def month_span(year: int, month: int) -> tuple[date, date] | None:
    """The first and last day of a month, or None for a year the calendar does not have."""
    first = safe_date(year, month, 1)
    last = safe_date(year, month, days_in_month(year, month))
    return (first, last) if first and last else None


def days_in_month(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return LONGEST_MONTH[month] - (month == 2 and not leap)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def month_ahead(today: date, month: int) -> int:
    """The year of a month named without one: this year's unless it has already passed."""
    return today.year + (month < today.month)


def day_of_month(today: date, day: int, month: int | None = None, year: int | None = None) -> date | None:
    """A day named with its month or year: its next occurrence from today on.

    Without a year, a date already past is next year's ("15 de enero" said in December; 29 February
    waits for a leap year); without a month, the first month from this one that has the day still
    ahead. A weekday said beside the number does not move it (SPEC: "el martes 14" is the 14th even
    when that is a Monday): the number is what people copy from the invitation.
    """
    if month is not None:
        if year is not None:
            return safe_date(year, month, day)
        for candidate_year in range(today.year, today.year + 9):
            found = safe_date(candidate_year, month, day)
            if found and found >= today:
                return found
        return None
    for offset in range(LOOKAHEAD_MONTHS):
        candidate_year, candidate_month = shift_month(today.year, today.month, offset)
        found = safe_date(candidate_year, candidate_month, day)
        if found is not None and found >= today:
            return found
    return None


def day_of_month_before(today: date, day: int) -> date | None:
    """A day of the month said of something that already happened («el domingo 19 nos llegó», said on the 20th of
    the next month): its last occurrence up to today."""
    for offset in range(LOOKAHEAD_MONTHS):
        candidate_year, candidate_month = shift_month(today.year, today.month, -offset)
        found = safe_date(candidate_year, candidate_month, day)
        if found is not None and found <= today:
            return found
    return None


def exists(day: int, month: int, year: int | None = None) -> bool:
    """Whether the day is on the calendar: "30 de febrero" and "31 de abril" never are, "29 de febrero"
    only in a leap year when the year is said."""
    if not (1 <= month <= 12 and 1 <= day <= LONGEST_MONTH[month]):
        return False
    return year is None or safe_date(year, month, day) is not None


def sane_year(year: int, today: date) -> bool:
    """A year the office can mean: a few past centuries of anniversaries, a decade of plans ahead."""
    return today.year - YEARS_BACK <= year <= today.year + YEARS_AHEAD


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
