"""A slow Telegram: a message it took too long to acknowledge is not sent twice, while requests that are
harmless to repeat still are; flood control on a button's answer never holds up the user's change."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from telegram.error import TimedOut
from telegram.ext import ExtBot

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from bot.telegram.request import AiohttpRequest, UnansweredRequest
from bot.telegram.retry import RetryingLimiter
from tests.bot.fake_bot_api import TOKEN, Call, FakeBotApi
from tests.bot.telegram_harness import STAFF, running, say

READ_TIMEOUT = 0.3


class SlowBotApi(FakeBotApi):
    """Answers the named methods only after `delay` seconds, having done what they ask (as Telegram would)."""

    def __init__(self, slow: set[str], delay: float) -> None:
        super().__init__()
        self.slow = slow
        self.delay = delay

    def answer(self, method: str, params: dict[str, Any], files: dict, arrived: float) -> tuple[int, dict]:
        answered = super().answer(method, params, files, arrived)
        if method in self.slow:
            threading.Event().wait(self.delay)
        return answered


@pytest.fixture
def slow_api() -> Iterator[SlowBotApi]:
    with SlowBotApi({"sendMessage", "getChat"}, delay=READ_TIMEOUT * 4) as api:
        yield api


def limited_bot(api: FakeBotApi) -> ExtBot:
    return ExtBot(TOKEN, base_url=api.base_url, request=AiohttpRequest(read_timeout=READ_TIMEOUT),
                  rate_limiter=RetryingLimiter(first_backoff=0.01))


def calls(api: FakeBotApi, method: str) -> list[Call]:
    return [call for call in api.calls if call.method == method]


def test_a_message_telegram_was_slow_to_acknowledge_is_not_sent_again(slow_api: SlowBotApi) -> None:
    async def scenario() -> None:
        async with limited_bot(slow_api) as bot:
            with pytest.raises(UnansweredRequest):
                await bot.send_message(STAFF, "Reclamo guardado: ticket R-2026-0042.")

    asyncio.run(scenario())
    barrier_call = asyncio.run(_get_me(slow_api))
    assert barrier_call and [call.params["text"] for call in calls(slow_api, "sendMessage")] == [
        "Reclamo guardado: ticket R-2026-0042."]


def test_a_read_telegram_was_slow_to_answer_is_asked_again(slow_api: SlowBotApi) -> None:
    async def scenario() -> None:
        async with limited_bot(slow_api) as bot:
            with pytest.raises(TimedOut):
                await bot.get_chat(STAFF)

    asyncio.run(scenario())
    assert len(slow_api.wait_for("getChat", count=4, timeout=10)) == 4


async def _get_me(api: FakeBotApi) -> bool:
    """A request after the slow one: by then the server has seen everything the bot sent before it."""
    async with limited_bot(api) as bot:
        return bool(await bot.get_me())


@pytest.fixture
def dispatcher(telegram_dispatcher: Dispatcher) -> Dispatcher:
    return telegram_dispatcher


def test_flood_control_on_a_buttons_answer_does_not_hold_up_the_change(api: FakeBotApi,
                                                                       dispatcher: Dispatcher) -> None:
    with running(build_application(dispatcher, api.token)):
        [proposal] = say(api, STAFF, "llegó invitación del Rotary para el sábado 28 a las 19 hrs")
        api.fail_next("answerCallbackQuery")
        api.push_press(STAFF, "si", api.as_message(proposal))
        [edit] = api.wait_for("editMessageText")
        assert "guard" in edit.params["text"].lower()
        assert len(calls(api, "answerCallbackQuery")) == 1  # answered once (refused), not waited for and repeated
