"""The transport-free answer of every use case: text, choices, files, and what to wait for next.

Text is plain (no markup): each transport escapes and decorates it. Lines are kept short so a
reply reads well on a phone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from handlers.focus import FocusUpdate


class PendingKind(StrEnum):
    ASK = "ask"          # a question for one missing slot; the next message answers it
    CONFIRM = "confirm"  # a write shown to the user, stored only after "sí"
    CHOOSE = "choose"    # several records match; the user picks one of `options`


@dataclass(frozen=True)
class Pending:
    """What the dialogue waits for after this reply. Slots use the parser's typed values."""

    kind: PendingKind
    intent: str
    slots: dict[str, Any] = field(default_factory=dict)
    slot: str | None = None
    options: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Choice:
    """A button or a numbered line; `value` is what comes back when it is chosen."""

    label: str
    value: str


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True)
class Reply:
    text: str
    choices: tuple[Choice, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    pending: Pending | None = None
    stored: bool = False
    focus: FocusUpdate | None = None
    """What this reply showed, stored or changed, for pronouns and follow-ups (see `handlers/focus.py`)."""
    album: tuple[str, ...] = ()
    """Photos already on Telegram, by file id, sent back as an album (no bytes travel again)."""
    already: bool = False
    """The request asked to store what is stored already («esa efeméride ya está registrada»): an «ok» after it is
    answered as after a write, with this text, instead of «nothing is pending»."""
    refused: bool = False
    """The handler found the record the request names and refused the change, saying why («se recibió el lunes 23:
    no pudo responderse el viernes 20»): the reading was right, so no rival reading is tried instead."""


YES, NO = "si", "no"


def ask(intent: str, slots: dict[str, Any], slot: str, question: str) -> Reply:
    """One question for the one slot that is missing; the answer comes back as that slot."""
    return Reply(question, pending=Pending(PendingKind.ASK, intent, dict(slots), slot=slot))


def propose(intent: str, slots: dict[str, Any], preview: str, question: str = "¿Lo guardo?") -> Reply:
    """Show what will be stored (or removed: "¿La borro?") and wait for the user's yes; nothing is written yet."""
    return Reply(f"{preview}\n\n{question} (sí / no)",
                 choices=(Choice("Confirmar", YES), Choice("Cancelar", NO)),
                 pending=Pending(PendingKind.CONFIRM, intent, dict(slots)))


def choose(intent: str, slots: dict[str, Any], question: str, options: list[tuple[str, dict[str, Any]]]) -> Reply:
    """Several matches: number them; the chosen option's slots are merged over `slots` and handled again."""
    lines = [question] + [f"{index}. {label}" for index, (label, _) in enumerate(options, start=1)]
    choices = tuple(Choice(f"{index}. {label}"[:60], str(index)) for index, (label, _) in enumerate(options, start=1))
    return Reply("\n".join(lines), choices=choices,
                 pending=Pending(PendingKind.CHOOSE, intent, dict(slots), options=tuple(extra for _, extra in options)))


def refuse(text: str) -> Reply:
    """A change of a record found that cannot be made; the text says why and that nothing changed."""
    return Reply(text, refused=True)


def done(text: str) -> Reply:
    """A write has been committed; `stored` lets transports and tests tell it apart from an answer."""
    return Reply(text, stored=True)
