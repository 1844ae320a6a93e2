"""Which module answers which intent, and who may write: the one table the dispatcher consults.

Each capability module exports `HANDLERS` (intent → handle(ctx, slots) → Reply, which answers or
proposes) and `COMMITS` (intent → commit(ctx, slots) → Reply, run only after the user confirmed,
inside the transaction that also clears the pending confirmation).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from types import ModuleType
from typing import Any

from handlers.context import Context
from handlers.reply import Reply

Handler = Callable[[Context, dict[str, Any]], Reply]

CAPABILITIES = ("invitations", "agenda", "contacts", "complaints", "efemerides", "efemeride_changes", "briefing",
                "help", "exports")
MAYOR_MAY_WRITE = {"invitation.respond"}

NOT_ALLOWED = "Su rol permite consultar, pero no registrar ni modificar. Pida a un administrador que lo autorice."


def _modules() -> list[ModuleType]:
    modules = []
    for name in CAPABILITIES:
        try:
            modules.append(import_module(f"handlers.{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"handlers.{name}":
                raise
    return modules


def _table(attribute: str) -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    for module in _modules():
        table.update(getattr(module, attribute, {}))
    return table


class Registry:
    """Built once at start-up from the capability modules."""

    def __init__(self) -> None:
        self.handlers = _table("HANDLERS")
        self.commits = _table("COMMITS")

    def may(self, ctx: Context, intent: str) -> bool:
        if intent not in self.commits:
            return True
        return ctx.actor.can_answer_invitations if intent in MAYOR_MAY_WRITE else ctx.actor.can_write

    def handle(self, ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
        if not self.may(ctx, intent):
            return Reply(NOT_ALLOWED)
        handler = self.handlers.get(intent) or self.handlers["unknown"]
        return handler(ctx, slots)

    def commit(self, ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
        if not self.may(ctx, intent):
            return Reply(NOT_ALLOWED)
        return self.commits[intent](ctx, slots)
