"""Working days as a municipality counts a complaint's deadline: no weekends, no Chilean holidays."""

from __future__ import annotations

from datetime import date, timedelta

import holidays


def is_working_day(day: date, closed: holidays.HolidayBase) -> bool:
    return day.weekday() < 5 and day not in closed


def working_days_after(start: date, days: int) -> date:
    """The `days`-th working day after `start` (the day it was received does not count).

    Holidays come from the `holidays` package for Chile, which follows the laws that move some of
    them to a Monday or add one-off holidays; it adds later years by itself when a deadline crosses
    New Year.
    """
    closed = holidays.country_holidays("CL", years=start.year)
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        counted += is_working_day(day, closed)
    return day
