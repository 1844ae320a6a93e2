"""«¿va el alcalde a la cena?», «¿quedó aceptada la audiencia de Soto?»: a question about how a record stands.

The scorer reads «va el alcalde a la cena» as accepting the invitation, and said as a statement it is one.
Asked as a question with no verb that asks for anything («acéptala», «confirmemos», «¿la rechazamos?», «aceptar»),
a command that would set the record's state (its answer or its status) asks how that record stands: the record is
shown, as its capability shows one (`Capability.shown_by`), and nothing is proposed. Verbs that only describe
(«va», «se rechazó», «aceptada») leave the question a question.
"""

from __future__ import annotations

from typing import Any

from bot.record_readings import RECORD_SLOTS, describes_only
from handlers.focus import Focus
from handlers.registry import Registry
from nlu import Parser
from nlu.understanding import Understanding

STATE_SLOTS = frozenset({"response", "status", "answer"})
"""Slots of a command that set how a record stands (an invitation's answer, a complaint's status)."""
QUESTION_MARKS = ("?", "¿")


def state_question(parser: Parser, registry: Registry, focus: Focus, text: str,
                   understanding: Understanding) -> tuple[str, dict[str, Any]] | None:
    """The query (intent, slots) that shows the record a state-setting command names, when the command is asked
    as a question that requests nothing; None otherwise."""
    kind = registry.acts_on.get(understanding.intent)
    shown = registry.shown_by.get(kind or "")
    if shown is None or not STATE_SLOTS & set(understanding.slots) or not any(mark in text for mark in QUESTION_MARKS) \
            or not describes_only(parser, text):
        return None
    intent, slot = shown
    name = next((str(value) for key in RECORD_SLOTS if (value := understanding.slots.get(key))), "")
    if not name:
        last = focus.last(kind)
        name = last.label if last else ""
    return (intent, {slot: name}) if name else None
