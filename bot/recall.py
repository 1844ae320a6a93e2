"""«ya po, ahora sí confirmaron: el martes 22 a las 5 la once del club Renacer»: a proposal said no to, brought back.

After «no, todavía no confirman» the proposal is remembered (for as long as the conversation's memory lasts). A
later message that names what it was about (a word of its title or description) and says what changed (a day, a
time, a place), being neither a look-up nor another thing to store, shows it again with those changes, to be
confirmed anew; nothing is stored without that «sí». A yes in words with nothing waiting («ahí sí, guárdala», «ya,
dale») brings it back the same way, unchanged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.corrections import amendments
from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS
from handlers.context import Context
from handlers.registry import Registry
from handlers.reply import Pending, PendingKind, Reply
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

BROUGHT_BACK = "(Retomo la propuesta que había quedado sin guardar{}.)"
WITH_CHANGES = ", con lo que me dice"
MIN_WORD = 4
NEW_RECORD_SLOTS = tuple(slot for slot in CONTENT_SLOTS if slot not in ("reference", "query"))
"""What a new record is called by (its title, description, name, organizer), as opposed to a pointer at one."""
"""Words shorter than this («la», «del», «con») do not show that a message is about the same thing."""


def recalled(parser: Parser, registry: Registry, ctx: Context, dropped: dict[str, Any] | None, text: str,
             understanding: Understanding, now: datetime) -> Reply | None:
    """The dropped proposal with what `text` changes, when `text` is about it and asks for nothing of its own."""
    intent = understanding.intent
    if not dropped or intent.endswith(LOOK_UPS) or (intent.endswith(".create") and intent != dropped["intent"]):
        return None  # a look-up, or another thing to store, is a request of its own
    named = _named(dropped)
    if not named & set(fold(text).split()) or names_another(understanding, dropped):
        return None
    changes = amendments(parser, dropped["intent"], dropped["slots"], text, now)
    return brought_back(registry, ctx, dropped, changes) if changes else None


def _named(dropped: dict[str, Any]) -> set[str]:
    """The words of some length that the dropped proposal's title, description, name or organizer hold."""
    return {word for slot in CONTENT_SLOTS if isinstance(value := dropped["slots"].get(slot), str)
            for word in fold(value).split() if len(word) >= MIN_WORD}


def names_another(understanding: Understanding, dropped: dict[str, Any]) -> bool:
    """«anota q el martes 5 hay reunión de coordinación con la DOM» after «reunión con el delegado» was refused: the
    message asks for a record of the same kind with words of its own (one of its title the refused one lacks), so it
    is a new request."""
    said = {word for slot in NEW_RECORD_SLOTS if isinstance(value := understanding.slots.get(slot), str)
            for word in fold(value).split() if len(word) >= MIN_WORD}
    return understanding.intent == dropped["intent"] and bool(said - _named(dropped))


def brought_back(registry: Registry, ctx: Context, dropped: dict[str, Any], changes: dict[str, Any]) -> Reply | None:
    """The dropped proposal shown again, with `changes`, to be confirmed anew: «ahí sí, guárdala» after a «no» is
    not the explicit «sí» to a preview on screen that storing needs."""
    reply = registry.handle(ctx, dropped["intent"], {**dropped["slots"], **changes})
    if reply.pending is None:
        return None
    return replace(reply, text=f"{BROUGHT_BACK.format(WITH_CHANGES if changes else '')}\n\n{reply.text}")


def as_pending(dropped: dict[str, Any]) -> Pending:
    return Pending(PendingKind.CONFIRM, dropped["intent"], dropped["slots"])
