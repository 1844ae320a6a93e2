"""The Mini App's changes, made exactly as the chat makes them: through the dispatcher.

A button in the Mini App becomes the same request a slash command or a sentence would
(`complaint.update`, `invitation.respond`) under the conversation key `web:<telegram id>`; the
handler's preview comes back for the person to confirm, and the confirmation is the same «sí» the
chat uses. So the Mini App gets the handlers' checks and wording, the audit rows, and «deshacer»
(from the chat too) for free, and a viewer is refused by the same rule as in the chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.dispatcher import Dispatcher
from handlers import complaint_terms as terms
from handlers.context import Actor
from handlers.reply import PendingKind, Reply

RESPONSES = {"aceptar": "accepted", "declinar": "declined", "delegar": "delegated"}
YES, NO = "si", "no"
CHAT_ANSWERS = " (sí / no)"
"""How the chat says what to answer; the Mini App has buttons instead."""


@dataclass(frozen=True)
class Outcome:
    """What the Mini App shows after an action: the handler's text, and whether it waits for a «sí»."""

    text: str
    confirm: bool = False
    stored: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "confirm": self.confirm, "stored": self.stored}


def conversation_key(actor: Actor) -> str:
    """Apart from the person's chats: a proposal in the Mini App never answers a question asked in a chat."""
    return f"web:{actor.telegram_id}"


def _outcome(reply: Reply | None) -> Outcome:
    if reply is None:
        return Outcome("Esa acción ya se había aplicado.")
    waiting = reply.pending is not None and reply.pending.kind is PendingKind.CONFIRM
    text = reply.text.removesuffix(CHAT_ANSWERS) if waiting else reply.text
    return Outcome(text, confirm=waiting, stored=reply.stored)


def change_complaint(dispatcher: Dispatcher, actor: Actor, ticket: str, status: str, comment: str,
                     once: str | None) -> Outcome:
    slots = {"ticket": ticket, "status": terms.status_name(status)}
    if comment.strip():
        slots["comment"] = comment.strip()
    return _outcome(dispatcher.handle_intent(conversation_key(actor), actor, "complaint.update", slots, once))


def answer_invitation(dispatcher: Dispatcher, actor: Actor, invitation_id: int, response: str, delegate: str,
                      once: str | None) -> Outcome:
    slots: dict[str, Any] = {"invitation_id": invitation_id, "response": RESPONSES.get(response, response)}
    if delegate.strip():
        slots["delegate"] = delegate.strip()
    return _outcome(dispatcher.handle_intent(conversation_key(actor), actor, "invitation.respond", slots, once))


def confirm(dispatcher: Dispatcher, actor: Actor, yes: bool, once: str | None) -> Outcome:
    return _outcome(dispatcher.handle_choice(conversation_key(actor), actor, YES if yes else NO, once))
