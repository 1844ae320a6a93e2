"""«agenda reunión con carabineros el viernes en la misma plaza», «almuerzo con los veteranos a la misma hora», «el
mismo día a las 16 reunión con la junta»: a value taken from the dated record in focus.

Said right after an activity or an invitation was stored or shown, such words stand for that record's place, hour or
day. They are replaced by the value itself before the message is read, so the new record holds it (and its title does
not hold «el mismo día»); with no dated record in focus, or one without that value, the words stay as said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from bot.dialogue_words import SAME_DATE, SAME_PLACE, SAME_TIME
from bot.focus_store import spoken_day, with_update
from handlers.context import Context
from handlers.focus import FocusUpdate
from handlers.format import MONTHS
from nlu.phrases import alternation
from storage.folding import fold_letters
from storage.models import Event, Invitation

SAME_VALUES_IN = frozenset({"event.create", "invitation.create"})
"""New records that may repeat the place, hour or day of the one in focus («a la misma hora»)."""
DATED = {"event": Event, "invitation": Invitation}
"""The kinds of record whose place, hour and day a new record may repeat."""


def _phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(phrases)}(?!\w)")


PLACE, TIME, DATE = _phrase(SAME_PLACE), _phrase(SAME_TIME), _phrase(SAME_DATE)


def with_values_in_focus(ctx: Context, text: str) -> str:
    """`text` with «la misma plaza», «la misma hora» replaced by the values of the record in focus, and «el mismo
    día» by the day the conversation last spoke of."""
    record = _dated_in_focus(ctx)
    values: list[tuple[re.Pattern[str], str | None]] = [
        (PLACE, f"en {record.place}" if record is not None and record.place else None),
        (TIME, f"a las {ctx.local(record.start_at):%H:%M}" if record is not None and record.start_at else None),
        (DATE, _day_words(ctx.focus.day) if ctx.focus.day else None),  # the day last spoken of, record or asked
    ]
    for pattern, value in values:
        found = pattern.search(fold_letters(text))
        if found is not None and value is not None:
            text = f"{text[:found.start()]}{value}{text[found.end():]}"
    return text


def with_values_just_stored(ctx: Context, stored: FocusUpdate | None, text: str) -> str:
    """`text` with the same words replaced by the values of the record this very message stored («anota: el mismo
    día, a la misma hora, reunión con …» said as the yes to an activity's preview): that record is in focus only once
    the message is answered, so it is put there for the reading."""
    if stored is None:
        return text
    focus = with_update(ctx.focus, stored)
    focus = replace(focus, day=spoken_day(stored, None) or focus.day)
    return with_values_in_focus(replace(ctx, focus=focus), text)


def _dated_in_focus(ctx: Context) -> Any:
    last = ctx.focus.last()
    model = DATED.get(last.entity) if last is not None else None
    return ctx.session.get(model, last.id) if model is not None and last is not None else None


def _day_words(day: date) -> str:
    return f"el {day.day} de {MONTHS[day.month - 1]}"
