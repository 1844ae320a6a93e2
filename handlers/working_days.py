"""Working days as a municipality counts them: no weekends, no Chilean public holidays.

Holidays come from the `holidays` package for Chile, which follows the laws that move some of them
to a Monday or add one-off holidays. Complaint deadlines and the scheduler's working-day runs share
this one definition.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache


@cache
def _chilean_holidays(year: int) -> Mapping[date, str]:
    """The year's holidays, named in Spanish as staff read them («Virgen del Carmen», «Fiestas Patrias»).

    Imported on first use: the package takes a sixth of a second to load, which `gabinete parse` (whose parser
    asks only for a «fin de semana largo») must not pay on every start."""
    import holidays

    return holidays.country_holidays("CL", years=year, language="es")


def is_public_holiday(day: date) -> bool:
    return day in _chilean_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_public_holiday(day)


def working_days_after(start: date, days: int) -> date:
    """The `days`-th working day after `start` (the day it was received does not count)."""
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        counted += is_working_day(day)
    return day


def holidays_between(start: date, end: date) -> list[tuple[date, str]]:
    """The public holidays from `start` to `end`, both included, in order, with their names."""
    found = [(day, name) for year in range(start.year, end.year + 1)
             for day, name in _chilean_holidays(year).items() if start <= day <= end]
    return sorted(found)


def previous_working_day(day: date) -> date:
    before = day - timedelta(days=1)
    while not is_working_day(before):
        before -= timedelta(days=1)
    return before
