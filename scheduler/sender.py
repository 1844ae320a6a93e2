"""The one thing the scheduler needs from a transport: put a `Reply` in a chat, or raise.

The Telegram layer implements it (rendering, HTML escaping, splitting, buttons, flood-control
retries); tests implement it with a list. Raising means "not delivered": the scheduler records the
error and tries again later. Raising `MaybeDelivered` means "not known": the message went out and no
answer came, so it may be in the chat; the scheduler records that and does not send it again.
"""

from __future__ import annotations

from typing import Protocol

from handlers.reply import Reply


class MaybeDelivered(Exception):
    """The request reached the transport's far side but its answer did not come back in time."""


class Sender(Protocol):
    async def send(self, chat_id: int, reply: Reply) -> None:
        """Deliver `reply` to `chat_id`; raise on any failure (network, flood control after retries),
        `MaybeDelivered` when the message may have arrived although no answer said so."""
        ...
