"""Which capability answers which intent, and who may write: the one table the dispatcher consults.

Built from the declarations: every capability declared in `nlu/lexicon/capabilities/<name>.toml`
has its handlers in `handlers/<name>` (its `CAPABILITY`). A declared capability without that module,
an intent answered twice, or a declared intent with no handler is an error at start-up, never a
silent skip.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from typing import Any

from handlers.capability import Amend, BriefingSection, Capability, Command, FollowUp, Handler, HelpLine
from handlers.context import Context
from handlers.reply import Reply, ask
from nlu.capabilities import FALLBACK_INTENT, CapabilitySpec, Declarations, load_declarations
from nlu.phrases import LEFT, RIGHT, alternation
from storage.folding import fold

INVALID_DATE = "La fecha «{said}» no existe en el calendario."
WHICH_DAY = "¿Qué día quiso decir?"
DATE_SLOTS = ("start", "date", "date_from")
"""Where an impossible date would have gone, in the order an intent is asked for one."""
NOT_ALLOWED = "Su rol permite consultar, pero no registrar ni modificar. Pida a un administrador que lo autorice."


class RegistryError(RuntimeError):
    """The declarations and the handler modules disagree."""


@cache
def declared() -> tuple[Declarations, tuple[Capability, ...]]:
    """The capabilities, in declaration order, each paired with its handler module's `CAPABILITY`."""
    declarations = load_declarations()
    capabilities = []
    for spec in declarations.capabilities:
        module = import_module(f"handlers.{spec.name}")
        capability = getattr(module, "CAPABILITY", None)
        if not isinstance(capability, Capability) or capability.name != spec.name:
            raise RegistryError(f"handlers.{spec.name} must export CAPABILITY = Capability(name={spec.name!r}, …)")
        capabilities.append(capability)
    return declarations, tuple(capabilities)


def help_lines(topic: str | None = None) -> list[HelpLine]:
    """Every capability's lines, or only those of the capability that handles the intent `topic`."""
    return [line for capability in declared()[1] if topic is None or topic in capability.handlers
            for line in capability.help]


def briefing_sections() -> list[BriefingSection]:
    return [section for capability in declared()[1] for section in capability.briefing]


def commands() -> list[Command]:
    return [command for capability in declared()[1] for command in capability.commands]


class Registry:
    """Built once at start-up from the declarations."""

    def __init__(self) -> None:
        declarations, capabilities = declared()
        self.handlers: dict[str, Handler] = {}
        self.commits: dict[str, Handler] = {}
        self.mayor_may_write: set[str] = set()
        self.writes: set[str] = set()
        self.acts_on: dict[str, str] = {}
        """Intent → the kind of record it changes (see `Capability.acts_on`)."""
        self.follow_ups: dict[str, FollowUp] = {}
        """Listing intent → what an elliptical follow-up may change (see `Capability.follow_ups`)."""
        self.shown_by: dict[str, tuple[str, str]] = {}
        """Kind of record → the query that shows one (see `Capability.shown_by`)."""
        self.answers: dict[str, list[tuple[re.Pattern[str], Amend]]] = {}
        """Intent → its capability's own answers to a waiting proposal of it (see `Capability.answers`)."""
        for spec, capability in zip(declarations.capabilities, capabilities, strict=True):
            for intent, amends in _own_answers(spec, capability).items():
                self.answers.setdefault(intent, []).extend(amends)
        for capability in capabilities:
            for table, own in ((self.handlers, capability.handlers), (self.commits, capability.commits)):
                twice = table.keys() & own.keys()
                if twice:
                    raise RegistryError(f"{sorted(twice)} answered twice (again by {capability.name})")
                table.update(own)
            self.mayor_may_write |= capability.mayor_may_write
            self.writes |= capability.writes_directly
            self.acts_on.update(capability.acts_on)
            self.follow_ups.update(capability.follow_ups)
            self.shown_by.update(capability.shown_by)
        self.intents = declarations.intents
        unanswered = declarations.intents.keys() - self.handlers.keys()
        if unanswered:
            raise RegistryError(f"declared intents without a handler: {sorted(unanswered)}")
        stray = self.follow_ups.keys() - declarations.intents.keys()
        if stray:
            raise RegistryError(f"follow-ups declared for undeclared intents: {sorted(stray)}")

    def amended(self, intent: str, slots: dict[str, Any], text: str) -> dict[str, Any] | None:
        """The waiting proposal's slots amended by an answer its capability declared («solo invitar»), or None when
        the text says none of them or the one said does not apply to this proposal."""
        said = fold(text)
        return next((amended for pattern, amend in self.answers.get(intent, ())
                     if pattern.search(said) and (amended := amend(dict(slots))) is not None), None)

    def may(self, ctx: Context, intent: str) -> bool:
        if intent not in self.commits and intent not in self.writes:
            return True
        return ctx.actor.can_answer_invitations if intent in self.mayor_may_write else ctx.actor.can_write

    def handle(self, ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
        if not self.may(ctx, intent):
            return Reply(NOT_ALLOWED)
        if slots.get("invalid_date"):
            return self._impossible_date(intent, slots)
        handler = self.handlers.get(intent) or self.handlers[FALLBACK_INTENT]
        return handler(ctx, slots)

    def _impossible_date(self, intent: str, slots: dict[str, Any]) -> Reply:
        """"30 de febrero" is never moved to another day: the user is told and asked, nothing changes."""
        said = slots["invalid_date"]
        rest = {name: value for name, value in slots.items() if name != "invalid_date"}
        spec = self.intents.get(intent)
        slot = next((name for name in DATE_SLOTS if spec and name in spec.slots), None)
        if slot is None or intent not in self.handlers:
            return Reply(INVALID_DATE.format(said=said))
        return ask(intent, rest, slot, f"{INVALID_DATE.format(said=said)} {WHICH_DAY}")

    def commit(self, ctx: Context, intent: str, slots: dict[str, Any]) -> Reply:
        if not self.may(ctx, intent):
            return Reply(NOT_ALLOWED)
        return self.commits[intent](ctx, slots)


def _own_answers(spec: CapabilitySpec, capability: Capability) -> dict[str, list[tuple[re.Pattern[str], Amend]]]:
    """Each intent's answers as (its phrases, its function): a phrase list without a function, or a function
    without phrases, is a declaration error."""
    named = {answer for said in spec.answers.values() for answer in said}
    if named != set(capability.answers):
        raise RegistryError(f"{capability.name}: answers {sorted(named ^ set(capability.answers))} need both "
                            "phrases in the lexicon file and a function in CAPABILITY.answers")
    return {intent: [(re.compile(LEFT + alternation(phrases) + RIGHT), capability.answers[answer])
                     for answer, phrases in said.items()] for intent, said in spec.answers.items()}
