"""«no, mejor pásala al jueves» while «¿La cancelo?» waits: another change of the same stored record, said instead of
the one proposed. The record the proposal is about is carried over, so the new change needs no name of its own."""

from __future__ import annotations

from typing import Any

from handlers.pointing import pointing_only
from nlu import Parser
from nlu.understanding import Understanding

NAMING = frozenset({"reference", "ticket"})
"""Slots by which a proposal names its stored record, besides its ids."""


def other_change(parser: Parser, acts_on: dict[str, str], pending_intent: str, pending_slots: dict[str, Any],
                 understanding: Understanding) -> tuple[str, dict[str, Any]] | None:
    """(intent, slots) of the change said instead: of the record kind the proposal acts on, another intent, naming no
    record of its own and setting a value the waiting change cannot hold (a new day for a cancellation)."""
    intent, slots = understanding.intent, understanding.slots
    entity = acts_on.get(pending_intent)
    if entity is None or intent == pending_intent or acts_on.get(intent) != entity:
        return None
    if not pointing_only(str(slots.get("reference") or "")):
        return None
    held = set(parser.intents[pending_intent].slots) if pending_intent in parser.intents else set(pending_slots)
    if not any(value not in (None, "") and slot not in held for slot, value in slots.items()):
        return None
    kept = {slot: value for slot, value in pending_slots.items() if slot.endswith("_id") or slot in NAMING}
    return intent, {**{slot: value for slot, value in slots.items() if slot != "reference"}, **kept}
