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


class SendFailed(Exception):
    """The reply did not go out whole: a certain failure after its first `parts` messages had arrived.

    The scheduler keeps that count, so that the retry begins after them instead of repeating them in the chat.
    """

    def __init__(self, parts: int, reason: str) -> None:
        super().__init__(reason)
        self.parts = parts


class Sender(Protocol):
    async def send(self, chat_id: int, reply: Reply, skip: int = 0) -> None:
        """Deliver `reply` to `chat_id`, leaving out its first `skip` messages (they arrived on an earlier try).

        Raise on any failure (network, flood control after retries), `SendFailed` when it can tell how many of
        its messages arrived first, `MaybeDelivered` when the message may have arrived although no answer said so."""
        ...
