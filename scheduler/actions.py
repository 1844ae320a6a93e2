"""What the buttons on scheduled messages do, for the Telegram layer to call with the button's value.

"Saludo enviado" writes at once (one tap, nothing to confirm). Aceptar / Declinar / Delegar become
an ordinary `invitation.respond` request for the dispatcher, so they are confirmed, audited and
asked for the delegate exactly like a typed answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from handlers.reminders import parse_answer_value, parse_greeted_value, record_greeting
from handlers.reply import Reply
from storage.database import transaction

UNKNOWN = "No reconozco ese botón; puede que el mensaje sea antiguo."


def mark_greeted(engine: Engine, value: str, actor_id: int | None, now: datetime) -> Reply:
    """For a value `efe-done:<id>:<year>`: record the efeméride greeted for that year (audited)."""
    parsed = parse_greeted_value(value)
    if parsed is None:
        return Reply(UNKNOWN)
    with transaction(engine) as session:
        return record_greeting(session, *parsed, actor_id=actor_id, now=now)


def invitation_answer(value: str) -> tuple[str, dict[str, Any]] | None:
    """For a value `inv-answer:<status>:<id>`: the intent and slots to hand to the dispatcher."""
    parsed = parse_answer_value(value)
    if parsed is None:
        return None
    status, invitation_id = parsed
    return "invitation.respond", {"response": status.value, "invitation_id": invitation_id}


def is_scheduler_value(value: str) -> bool:
    """Whether a button value belongs to a scheduled message (so the Telegram layer routes it here)."""
    return parse_greeted_value(value) is not None or parse_answer_value(value) is not None
