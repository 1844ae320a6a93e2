"""Reading agenda and invitation slots safely: a bad value becomes a Spanish answer, never a write.

Slots arrive typed from the parser (a `date` for a day, a naive local `datetime` for a moment) or
restored from JSON between turns; ISO text is accepted too, anything else is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlmodel import SQLModel

from handlers.context import Context
from handlers.reply import Reply
from storage.audit import AuditAction
from storage.folding import fold

Record = TypeVar("Record", bound=SQLModel)


class SlotError(ValueError):
    """A slot value the office cannot use; the message is what the user reads."""


PARTS_OF_DAY = {
    "manana": ("en la mañana", time(6), time(12)),
    "tarde": ("en la tarde", time(12), time(20)),
    "noche": ("en la noche", time(20), None),
}
"""Local hours of each part of the day; None is midnight at the end of the day."""


def checked_text(slots: dict[str, Any], name: str, limit: int, label: str) -> str | None:
    """Whitespace-collapsed text that fits its column, or None when absent or blank; `label` names it in the error.

    Stricter than `handlers.slot_values.text_slot`: agenda titles and places are shown in lists and
    calendars, so a value of another type or too long is refused in words instead of stored."""
    value = slots.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SlotError(f"{label} no es un texto válido.")
    value = " ".join(value.split())
    if len(value) > limit:
        raise SlotError(f"{label} es demasiado largo (máximo {limit} caracteres).")
    return value or None


def _parsed(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return datetime.fromisoformat(value) if "T" in value or " " in value.strip() else date.fromisoformat(value)
    except ValueError as error:
        raise SlotError(f"No entiendo la fecha «{value}».") from error


def moment_slot(value: Any, zone: ZoneInfo) -> tuple[date, datetime | None]:
    """A day or a moment → (local day, aware instant or None for a whole day)."""
    value = _parsed(value)
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)
        return moment.date(), moment
    if isinstance(value, date):
        return value, None
    raise SlotError("No entiendo la fecha indicada.")


def day_slot(value: Any) -> date | None:
    """A day for a query; a moment counts as its day."""
    if value in (None, ""):
        return None
    value = _parsed(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise SlotError("No entiendo la fecha indicada.")


def part_of_day_slot(value: Any) -> str | None:
    """`mañana`/`tarde`/`noche` (with or without accent) → a key of PARTS_OF_DAY."""
    if value in (None, ""):
        return None
    key = fold(str(value))
    if key not in PARTS_OF_DAY:
        raise SlotError("Indique mañana, tarde o noche.")
    return key


def id_slot(value: Any, label: str) -> int | None:
    """A record number typed or chosen (it may come back as text after a button)."""
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError as error:
        raise SlotError(f"«{value}» no es un número de {label}.") from error
    if number <= 0:
        raise SlotError(f"«{value}» no es un número de {label}.")
    return number


def flag_slot(value: Any) -> bool:
    """A yes/no slot that may have travelled as text."""
    return value is True or fold(str(value)) in {"true", "si", "1"}


def store_draft(ctx: Context, slots: dict[str, Any], missing: Callable[[dict[str, Any]], Reply | None],
                draft: Callable[[Context, dict[str, Any]], Record]) -> Record | Reply:
    """The confirmed record, stored with its audit row, or the answer that says why nothing was.

    Slots are checked again at commit: they may have travelled as JSON since the preview.
    """
    record = checked_draft(ctx, slots, missing, draft)
    if isinstance(record, Reply):
        if record.pending is not None:
            return Reply(f"No guardé nada: falta un dato. {record.text}")
        return record
    ctx.store(record, AuditAction.CREATE)
    return record


def checked_draft(ctx: Context, slots: dict[str, Any], missing: Callable[[dict[str, Any]], Reply | None],
                  draft: Callable[[Context, dict[str, Any]], Record]) -> Record | Reply:
    """The unsaved record the slots describe, or the question / refusal that stands in its way."""
    question = missing(slots)
    if question is not None:
        return question
    try:
        return draft(ctx, slots)
    except SlotError as error:
        return Reply(str(error))
