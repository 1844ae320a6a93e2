"""One input in its conversation: the state it found (pending step, memory) and what it leaves behind.

Also the learn-from-use hook: a message whose preview was refused, cancelled or corrected, or that
nothing fitted, is kept (`storage.learning`) for whoever maintains the lexicon.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.focus_store import Memory
from handlers.context import Context
from handlers.reply import Pending, Reply
from nlu.understanding import Understanding
from settings import Settings
from storage.learning import Outcome, record_misunderstanding


@dataclass
class Turn:
    """One input: the state it found, and what it leaves for the memory besides its reply."""

    key: str
    pending: Pending | None = None
    labels: tuple[str, ...] = ()
    expired: Pending | None = None
    memory: Memory = field(default_factory=Memory)
    source: dict[str, Any] | None = None
    """The message the pending step came from (text and understanding), kept to learn from a «no»."""
    query: tuple[str, dict[str, Any]] | None = None
    stored: str | None = None
    """The reply of a write this input confirmed; remembered only until the next input, unless that repeats it."""
    new_source: dict[str, Any] | None = None
    dropped: Pending | None = None
    """A proposal the user said no to in this input, remembered for «ahora sí confirmaron: …» (`bot.recall`)."""
    queued: tuple[Pending, ...] = ()
    """Proposals set aside while this step waits, to be shown again once it is answered."""
    aside: Pending | None = None
    """The proposal this input set aside for a new one said while it waited («llegó otra: …»)."""
    cancelled: bool = False
    """The user cancelled: what was set aside goes too."""
    confirms_all: bool = False
    """The yes was said of every proposal waiting («sí, guarde las dos»): what was set aside is stored too."""


Handle = Callable[[Context, Turn, str, dict[str, Any]], Reply]
"""A request handled in a turn: how the conversation's parts reach the registry and remember the question asked."""


def learn_from_pending(ctx: Context, turn: Turn, outcome: Outcome, followed_by: str, settings: Settings) -> None:
    """The message behind the pending step was misunderstood: the user refused, cancelled or corrected it."""
    if turn.source and turn.source.get("text"):
        record_misunderstanding(ctx.session, turn.key, turn.source["text"], turn.source.get("understood", {}),
                                outcome, ctx.now, followed_by, settings.learning.retention_days)


def learn_now(ctx: Context, turn: Turn, text: str, understanding: Understanding, outcome: Outcome,
              settings: Settings) -> None:
    """Nothing fitted this message: keep it with what was understood."""
    record_misunderstanding(ctx.session, turn.key, text, understanding.as_json(), outcome, ctx.now,
                            retention_days=settings.learning.retention_days)


def local_now(ctx: Context, settings: Settings) -> datetime:
    """The parser's reference moment: the local wall time, naive."""
    return ctx.now.astimezone(settings.zone).replace(tzinfo=None)
