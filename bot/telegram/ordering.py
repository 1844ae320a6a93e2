"""Updates from different chats are handled at the same time; one chat's updates strictly in order.

PTB either handles one update at a time (one slow reply delays every chat) or all concurrently
(a "sí" could overtake the proposal it answers). This processor chains each chat's updates in
the order they arrived and lets chats overlap, so replies to one person never wait for another's.
The chain is built before the first `await`, when tasks still run in creation order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 32


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent_updates)
        self._tails: dict[int | None, asyncio.Future[None]] = {}

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        previous = self._tails.get(chat)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[chat] = mine
        try:
            if previous is not None:
                await asyncio.shield(previous)
            await super().process_update(update, coroutine)
        finally:
            mine.set_result(None)
            if self._tails.get(chat) is mine:
                del self._tails[chat]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the chains end with their tasks."""
