"""A reply quoting what a user's client sent reaches Telegram even when that text cannot be encoded as is."""

from __future__ import annotations

import asyncio

from telegram import Bot, InputFile

from bot.telegram.request import AiohttpRequest
from tests.bot.fake_bot_api import TOKEN, FakeBotApi


def test_a_lone_surrogate_in_a_reply_or_caption_is_sent_as_a_replacement_character() -> None:
    async def scenario(api: FakeBotApi) -> None:
        async with Bot(TOKEN, base_url=api.base_url, request=AiohttpRequest()) as bot:
            await bot.send_message(1, "No sé exportar «\ud800».")
            await bot.send_document(1, InputFile(b"PK", filename="a.xlsx"), caption="Agenda \udfff")

    with FakeBotApi() as api:
        asyncio.run(scenario(api))
        assert [call.params["text"] for call in api.sent()] == ["No sé exportar «\ufffd»."]
        assert [call.params["caption"] for call in api.sent("sendDocument")] == ["Agenda \ufffd"]
