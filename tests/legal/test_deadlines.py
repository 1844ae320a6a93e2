"""Legal deadlines in working days (Ley 19.880 art. 25) across weekends, Chilean holidays and year end."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.legal_deadlines import due_day, receipt_day, working_days_left, working_days_taken
from handlers.working_days import working_days_after


def test_a_request_received_on_wednesday_2_december_is_due_monday_4_january() -> None:
    """Skips 8 December (Inmaculada Concepción), Christmas and New Year's Day, and both weekends."""
    assert due_day(date(2026, 12, 2), 20) == date(2027, 1, 4)


def test_the_extension_adds_ten_working_days_to_the_due_day() -> None:
    assert working_days_after(due_day(date(2026, 12, 2), 20), 10) == date(2027, 1, 18)


def test_an_audience_request_received_the_same_day_is_due_monday_7_december() -> None:
    assert due_day(date(2026, 12, 2), 3) == date(2026, 12, 7)


@pytest.mark.parametrize("saturday_or_sunday", [date(2026, 12, 5), date(2026, 12, 6)])
def test_a_request_received_on_a_weekend_counts_from_monday(saturday_or_sunday: date) -> None:
    assert receipt_day(saturday_or_sunday) == date(2026, 12, 7)
    assert due_day(saturday_or_sunday, 20) == due_day(date(2026, 12, 7), 20) == date(2027, 1, 7)


def test_a_request_received_on_a_holiday_counts_from_the_next_working_day() -> None:
    """18 and 19 September 2026 (Fiestas Patrias) fall on Friday and Saturday."""
    assert receipt_day(date(2026, 9, 18)) == date(2026, 9, 21)
    assert due_day(date(2026, 9, 17), 2) == date(2026, 9, 22)


def test_days_left_are_working_days_and_turn_negative_once_late() -> None:
    due = date(2027, 1, 4)
    assert working_days_left(date(2026, 12, 28), due) == 4  # 29, 30, 31 December and 4 January
    assert working_days_left(due, due) == 0
    assert working_days_left(date(2027, 1, 6), due) == -2
    assert working_days_taken(date(2026, 12, 2), date(2027, 1, 4)) == 20
