"""The doing half of a capability's declaration: its handlers, who may use them, its help line, its commands.

Each capability module `handlers/<name>.py` (or package) exports `CAPABILITY`, paired by name with
its understanding half `nlu/lexicon/capabilities/<name>.toml` (intents, slots, words; see
`nlu/capabilities.py`). The registry, help and the Telegram command menu read these declarations,
so a new capability adds its own files and touches no one else's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handlers.context import Context
from handlers.reply import Reply

Handler = Callable[[Context, dict[str, Any]], Reply]
Amend = Callable[[dict[str, Any]], dict[str, Any] | None]
"""A waiting proposal's slots → those of the proposal amended as an answer asks, or None when it does not apply."""
BriefingSection = Callable[[Context, date], str | None]
"""A paragraph of the mayor's daily briefing for a day, or None when the capability has nothing to say."""


@dataclass(frozen=True)
class HelpLine:
    """One line of «ayuda»: what the capability is called and an example of how staff ask for it."""

    title: str
    example: str


@dataclass(frozen=True)
class Command:
    """A slash command that stands for words staff could type: `/invitaciones` → «invitaciones pendientes».

    `text` is handled exactly as if typed, with the command's arguments appended.
    """

    name: str
    description: str
    text: str


@dataclass(frozen=True)
class FollowUp:
    """What an elliptical follow-up of one listing may change, each kind by the slots of the listing's query that
    hold it: «¿y las de octubre?» (period), «¿y los de obras?» (department), «¿y los pendientes?» (status),
    «¿y los de Rojas?» (name). The follow-up is read by the listing's own extractor, so each capability's words
    for its statuses and periods apply; a kind left empty is not changed by a follow-up, and a listing without a
    `FollowUp` has none."""

    period: tuple[str, ...] = ()
    department: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    name: tuple[str, ...] = ()
    """Text slots that name whose records: the first takes the follow-up's words when no extractor reads them."""
    listing: tuple[str, ...] = ()
    """Slots that name which list a request is about (an export's «what»): after «exporta la agenda de esta semana»,
    «¿y las efemérides?» asks the same of another list, though said alone it would show that list in the chat."""
    broader: str | None = None
    """The listing a follow-up turns into when it names a department or a status that this one does not list by:
    after «reclamos de calle Garibaldi», «¿y los de aseo?» lists Aseo's complaints."""

    def kinds(self) -> dict[str, tuple[str, ...]]:
        return {kind: slots for kind, slots in (("period", self.period), ("department", self.department),
                                                ("status", self.status), ("name", self.name),
                                                ("listing", self.listing)) if slots}


PERIOD = ("date_from", "date_to")
"""The slots of a listing's period, in every capability that lists by days."""


@dataclass(frozen=True)
class Capability:
    name: str
    handlers: Mapping[str, Handler]
    """Intent → handle(ctx, slots): answers, asks, or proposes a write (nothing stored yet)."""
    commits: Mapping[str, Handler] = field(default_factory=dict)
    """Intent → commit(ctx, slots): the write, run only after the user's «sí», in the same transaction."""
    help: tuple[HelpLine, ...] = ()
    commands: tuple[Command, ...] = ()
    briefing: tuple[BriefingSection, ...] = ()
    """Its paragraphs of the daily briefing (overdue requests, guests to call), after the core ones."""
    writes_directly: frozenset[str] = frozenset()
    """Intents that write as they answer, with no «sí» (a photo sent is its own request): writers only."""
    mayor_may_write: frozenset[str] = frozenset()
    """Writes the mayor may make although the role only reads (answering an invitation)."""
    acts_on: Mapping[str, str] = field(default_factory=dict)
    """Intent → the kind of stored record it changes, cancels or answers (its focus entity): when a command
    such as «recházelo» could be read by several capabilities, the record in focus picks the one acting on it."""
    follow_ups: Mapping[str, FollowUp] = field(default_factory=dict)
    """Listing intent → what «¿y las de octubre?», «¿y los pendientes?» may change when it follows that listing."""
    answers: Mapping[str, Amend] = field(default_factory=dict)
    """Answer name → how it amends this capability's own waiting proposal. Its phrases, and the intents whose
    proposals it answers, are in `[answers."<intent>"]` of the lexicon file; the amended proposal is shown again
    as a preview, never stored without a «sí»."""
    shown_by: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Kind of record → (the query that shows one of them, the slot that takes its name or label): «el 2» after a
    list, «¿y cuándo vence?» after a record, «¿va el alcalde a la cena?» (how it stands) show it again."""
