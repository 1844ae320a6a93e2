"""Which capability a command about a stored record belongs to, when its words alone leave it open.

«recházelo», «ciérrelo», «pasa el saludo al viernes»: several capabilities can change, cancel or answer
a record, and the scorer picks one from the words only. What the words do not know decides:
- a command that names no record (a pronoun) is about the record in focus, so the focus' kind selects,
  among the readings whose capability acts on that kind (`Capability.acts_on`), one that carries what
  that command needs («recházelo» with a complaint in focus: its status «rechazado»);
- a command whose name finds no record of the winning kind («saludo» is no efeméride) is read as its
  rivals of the same action, and one whose records the name finds wins («saludo al comité» is an activity).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from handlers.focus import Focus
from handlers.pointing import pointing_only
from handlers.registry import Registry
from handlers.reply import PendingKind, Reply
from nlu import Parser
from nlu.understanding import Understanding

RECORD_SLOTS = ("reference", "ticket")
"""The slots that name the record a command is about."""
ACTIONS = ({"update", "move", "note"}, {"cancel", "delete"}, {"respond"})
"""Intents of one action (changing, removing, answering) compete for a name that only one kind's records hold."""


def named(understanding: Understanding) -> str:
    """The words the command uses to name its record («el saludo», «el reclamo 12»), or empty for a pronoun."""
    words = " ".join(str(understanding.slots[slot]) for slot in RECORD_SLOTS if understanding.slots.get(slot))
    return "" if pointing_only(words) else words


def by_focus(parser: Parser, registry: Registry, focus: Focus, text: str, understanding: Understanding,
             now: datetime) -> Understanding | None:
    """The pronoun command read by a capability that acts on the record in focus, when the winner does not."""
    kind = registry.acts_on.get(understanding.intent)
    last = focus.last()
    if kind is None or last is None or last.entity == kind or named(understanding):
        return None
    for intent in _ranked(registry, understanding, lambda other: registry.acts_on[other] == last.entity):
        reading = parser.parse_as(text, now, intent)
        if not named(reading) and _carries(parser, intent, reading, understanding):
            return reading
    return None


def rivals(parser: Parser, registry: Registry, text: str, understanding: Understanding,
           now: datetime) -> Iterator[Understanding]:
    """The same command read by the other capabilities of its action, each naming its record in words."""
    intent = understanding.intent
    action = _action(intent)
    if intent not in registry.acts_on or action is None:
        return
    for other in _ranked(registry, understanding, lambda candidate: _action(candidate) == action):
        reading = parser.parse_as(text, now, other)
        if named(reading):
            yield reading


def finds(reply: Reply, intent: str) -> bool:
    """The handler found the record (one to confirm a change on, or several to choose from)."""
    pending = reply.pending
    return pending is not None and pending.intent == intent and pending.kind in (PendingKind.CONFIRM,
                                                                                  PendingKind.CHOOSE)


def _carries(parser: Parser, intent: str, reading: Understanding, understanding: Understanding) -> bool:
    """The reading has every required detail besides the record, and evidence of its own: a detail it read, or
    a probability of its own in the scorer's ranking."""
    spec = parser.intents[intent]
    needed = [slot for slot in spec.required if slot not in RECORD_SLOTS]
    if any(reading.slots.get(slot) in (None, "") for slot in needed):
        return False
    own = [slot for slot, value in reading.slots.items() if slot not in RECORD_SLOTS and value not in (None, "")]
    return bool(own) or any(name == intent and p > 0 for name, p in understanding.alternatives)


def _ranked(registry: Registry, understanding: Understanding, wanted: Any) -> list[str]:
    """Record-acting intents other than the winner that `wanted` keeps: those the scorer ranked first, in its
    order, then the rest in declaration order."""
    ranked = [name for name, _ in understanding.alternatives]
    others = [name for name in registry.acts_on if name != understanding.intent and wanted(name)]
    return sorted(others, key=lambda name: ranked.index(name) if name in ranked else len(ranked))


def _action(intent: str) -> int | None:
    verb = intent.rpartition(".")[2]
    return next((index for index, group in enumerate(ACTIONS) if verb in group), None)
