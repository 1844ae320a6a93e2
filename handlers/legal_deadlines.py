"""Legal deadlines in días hábiles, as Ley 19.880 art. 25 counts them.

Monday to Friday, Chilean holidays excluded, counted from the day after receipt; a request received
on a Saturday, Sunday or holiday counts as received on the next working day. Transparency requests
and Lobby audience requests share this one arithmetic, on top of `handlers.working_days`.
"""

from __future__ import annotations

from datetime import date, timedelta

from handlers.format import on_day
from handlers.working_days import is_working_day, working_days_after

BEFORE_RECEIPT = "{what} se recibió {received}: no pudo {done} {day}, antes de que se recibiera. No cambié nada."


def receipt_day(received: date) -> date:
    """The working day a receipt counts as: itself, or the next working day after a weekend or holiday."""
    day = received
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def due_day(received: date, days: int) -> date:
    """The `days`-th working day after the (working) day of receipt: the last day to answer."""
    return working_days_after(receipt_day(received), days)


def working_days_left(today: date, due: date) -> int:
    """Working days from `today` to `due`: 0 on the due day, negative once it has passed (days late)."""
    if due >= today:
        return sum(is_working_day(today + timedelta(days=n)) for n in range(1, (due - today).days + 1))
    return -sum(is_working_day(due + timedelta(days=n)) for n in range(1, (today - due).days + 1))


def working_days_taken(start: date, end: date) -> int:
    """Working days counted from the day after `start` up to and including `end` (0 when the same day)."""
    return max(0, working_days_left(start, end)) if end >= start else 0


def suspended_due(due: date, start: date, end: date) -> date:
    """The deadline once it is suspended from `start` to `end` (art. 20 Ley 20.285: while notified third parties
    may oppose): the working days left on `start` run again after `end`; a deadline already past stays as it was."""
    left = working_days_left(start, due)
    return due if left < 0 else working_days_after(end, left)


def before_receipt(what: str, done: str, day: date | None, received: date, today: date) -> str | None:
    """Why a step told on `day` cannot be («La solicitud … se recibió el lunes 23: no pudo responderse el viernes
    20, antes de que se recibiera»): nothing answers, is derived or is held before its request arrived; `None` when
    the day is the receipt's or later, or no day was told."""
    if day is None or day >= received:
        return None
    return BEFORE_RECEIPT.format(what=what, received=on_day(received, today), done=done, day=on_day(day, today))
