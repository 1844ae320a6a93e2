"""What the conversation is about: the records last shown, stored or changed, and the last list shown.

Handlers say what a reply is about (`Reply.focus`, `Reply.listed`); the dispatcher keeps it per chat in
the database (it survives a restart and expires) and hands it back in `Context.focus`, so that
"recházala", "la segunda", "la de Quilicura" or "¿y el jueves?" resolve against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Ref:
    """One stored record, as a conversation can point back at it."""

    entity: str
    """The audit name of its table: "invitation", "event", "contact", "complaint", "efemeride", …"""
    id: int
    label: str = ""
    """The words that name it on screen ("cena de aniversario, Club de Leones"): a user may pick it by them."""
    day: date | None = None
    """Its day, for a record that happens on one: «ese mismo día» in the next message means it."""


@dataclass(frozen=True)
class Focus:
    """A chat's memory of the conversation; empty when it expired or nothing was shown yet."""

    records: tuple[Ref, ...] = ()
    """Records last shown, stored or changed, the most recent last: "it" is `records[-1]` of the right kind."""
    listed: tuple[Ref, ...] = ()
    """The last list shown, in its order: "la segunda" is `listed[1]`."""
    query: tuple[str, dict[str, Any]] | None = None
    """The last question answered (intent and slots): "¿y el jueves?" asks it again with another day."""
    day: date | None = None
    """The day the conversation last spoke of (a dated record shown, stored or changed, or a day asked about):
    "ese mismo día" means it."""
    list_last: bool = False
    """The last thing shown was a list of several records, after every record in `records`: a bare pronoun then
    ("ese, derívalo") could mean any listed one, never the record stored before the list."""

    def last(self, entity: str | None = None) -> Ref | None:
        """The record in focus, of `entity` when given: the target of a pronoun."""
        return next((ref for ref in reversed(self.records) if entity in (None, ref.entity)), None)

    def of_list(self, entity: str | None = None) -> tuple[Ref, ...]:
        return tuple(ref for ref in self.listed if entity in (None, ref.entity))


NO_FOCUS = Focus()


@dataclass(frozen=True)
class FocusUpdate:
    """What one reply adds to the focus; `listed` replaces the last list only when given."""

    records: tuple[Ref, ...] = ()
    listed: tuple[Ref, ...] | None = None
    forget: tuple[Ref, ...] = field(default_factory=tuple)
    """Records that no longer exist for the user (removed): dropped from the focus."""
