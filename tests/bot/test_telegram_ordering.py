"""One chat's updates are handled in arrival order, while other chats are not kept waiting."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update

from bot.telegram.ordering import ChatOrderedProcessor


def update(update_id: int, chat_id: int) -> Update:
    return Update(update_id, message=Message(update_id, datetime.now(UTC), Chat(chat_id, Chat.PRIVATE)))


def test_a_slow_update_holds_back_its_own_chat_but_not_others() -> None:
    async def scenario() -> list[str]:
        processor = ChatOrderedProcessor()
        done: list[str] = []
        gate = asyncio.Event()

        async def slow(tag: str) -> None:
            await gate.wait()
            done.append(tag)

        async def fast(tag: str) -> None:
            done.append(tag)

        tasks = [asyncio.create_task(processor.process_update(update(1, 10), slow("proposal in chat 10"))),
                 asyncio.create_task(processor.process_update(update(2, 10), fast("'sí' in chat 10"))),
                 asyncio.create_task(processor.process_update(update(3, 20), fast("question in chat 20")))]
        for _ in range(5):
            await asyncio.sleep(0)
        assert done == ["question in chat 20"]
        gate.set()
        await asyncio.gather(*tasks)
        return done

    assert asyncio.run(scenario()) == ["question in chat 20", "proposal in chat 10", "'sí' in chat 10"]
