"""Chile's DST change days (issue 14 item 5). Clocks change at local midnight between the first Saturday and
Sunday of April (00:00 goes back to 23:00, so 23:00-23:59 on Saturday happens twice) and of September (00:00
jumps to 01:00, so 00:00-00:59 on Sunday never happens).

The rule (`nlu.moments.at`): the parser knows no zone and gives the wall time as said, on the day said; whoever
knows the configured zone makes it an instant, and `nlu.moments.clock_shows` says what the clock really shows
for it (a skipped time moves forward by the gap, a repeated one is its first occurrence).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlu.moments import clock_shows

SANTIAGO = ZoneInfo("America/Santiago")


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2026, 3, 30, 9), "reunión a las 0:30 el domingo 5 de abril de 2026", datetime(2026, 4, 5, 0, 30)),
    (datetime(2026, 4, 4, 20), "reunión hoy a las 23:30", datetime(2026, 4, 4, 23, 30)),
    (datetime(2026, 4, 4, 23, 40), "reunión a las 23:50", datetime(2026, 4, 4, 23, 50)),
    (datetime(2026, 8, 30, 9), "reunión el 6 de septiembre de 2026 a las 0:15", datetime(2026, 9, 6, 0, 15)),
    (datetime(2026, 9, 5, 23, 50), "reunión a las 0:15", datetime(2026, 9, 6, 0, 15)),
    (datetime(2026, 9, 5, 23, 50), "mañana a las 00:30 hrs", datetime(2026, 9, 6, 0, 30)),
    (datetime(2027, 9, 1, 9), "el domingo 5 de septiembre a medianoche", datetime(2027, 9, 5, 0, 0)),
    (datetime(2027, 4, 1, 9), "el sábado 3 de abril de 23:00 a 24:00", datetime(2027, 4, 3, 23, 0)),
])
def test_a_time_the_dst_change_skips_or_repeats_is_given_as_said(parser, now, text, expected):
    assert parser.moment(text, now)[0] == expected
    assert parser.parse(text, now).slots.get("invalid_date") is None


@pytest.mark.parametrize(("said", "shown"), [
    (datetime(2026, 9, 6, 0, 15), datetime(2026, 9, 6, 1, 15)),
    (datetime(2026, 9, 6, 0, 0), datetime(2026, 9, 6, 1, 0)),
    (datetime(2027, 9, 5, 0, 59), datetime(2027, 9, 5, 1, 59)),
    (datetime(2026, 9, 6, 1, 0), datetime(2026, 9, 6, 1, 0)),
    (datetime(2026, 4, 4, 23, 30), datetime(2026, 4, 4, 23, 30)),
    (datetime(2026, 4, 5, 0, 30), datetime(2026, 4, 5, 0, 30)),
    (datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 9, 0)),
])
def test_the_clock_shows_a_skipped_time_an_hour_later_and_any_other_as_said(said, shown):
    assert clock_shows(said, SANTIAGO) == shown


def test_a_repeated_time_is_its_first_occurrence():
    said = datetime(2026, 4, 4, 23, 30)
    assert said.replace(tzinfo=SANTIAGO, fold=0).utcoffset() != said.replace(tzinfo=SANTIAGO, fold=1).utcoffset()
    assert clock_shows(said, SANTIAGO) == said


@pytest.mark.parametrize("said", [datetime.max, datetime.min, datetime(9999, 12, 31, 23, 59)])
def test_the_clock_at_the_ends_of_time_is_the_moment_itself(said):
    assert clock_shows(said, SANTIAGO) == said
