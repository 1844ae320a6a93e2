"""A scheduled message through the real python-telegram-bot and a fake Bot API: one Telegram was slow to
acknowledge may already be in the chat, so it is never sent again; one Telegram refused is retried, from the
first of its messages that did not arrive."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import ExtBot

from bot.telegram.chats import ChatRoutes
from bot.telegram.delivery import TelegramSender
from bot.telegram.request import AiohttpRequest
from bot.telegram.retry import RetryingLimiter
from scheduler import deliveries
from scheduler.plan import RunName
from scheduler.runner import Runner, SendOutcome
from storage.database import transaction
from storage.models import Delivery, Event
from tests.bot.fake_bot_api import TOKEN, Call, FakeBotApi
from tests.scheduler.conftest import MAYOR_CHAT

READ_TIMEOUT = 0.3
BRIEFING = "Resumen del lunes 23 de noviembre"


class SlowOnceBotApi(FakeBotApi):
    """Like Telegram on a bad day: the next call of a method is carried out, but answered only after `delay`."""

    def __init__(self) -> None:
        super().__init__()
        self._slow: dict[str, float] = {}

    def slow_next(self, method: str, delay: float) -> None:
        self._slow[method] = delay

    def answer(self, method: str, params: dict[str, Any], files: dict, arrived: float) -> tuple[int, dict]:
        answered = super().answer(method, params, files, arrived)
        delay = self._slow.pop(method, None)
        if delay is not None:
            threading.Event().wait(delay)
        return answered


@pytest.fixture
def api() -> Iterator[SlowOnceBotApi]:
    with SlowOnceBotApi() as fake:
        yield fake


def briefings(api: FakeBotApi) -> list[Call]:
    """The briefings Telegram put in the mayor's chat (a send answered 429 put nothing there)."""
    return [call for call in api.sent("sendMessage")
            if call.result is not None and call.params["chat_id"] == MAYOR_CHAT
            and call.params["text"].startswith(BRIEFING)]


def telegram_runner(api: FakeBotApi, engine: Engine, settings, clock, tries: int = 4) -> tuple[ExtBot, Runner]:
    bot = ExtBot(TOKEN, base_url=api.base_url, request=AiohttpRequest(read_timeout=READ_TIMEOUT),
                 rate_limiter=RetryingLimiter(tries=tries, first_backoff=0.01))
    return bot, Runner(engine, settings, TelegramSender(bot, ChatRoutes(settings, engine, clock)), clock)


def the_row(engine: Engine) -> Delivery:
    with Session(engine) as session:
        [row] = session.exec(select(Delivery)).all()
        return row


def test_a_briefing_telegram_was_slow_to_acknowledge_reaches_the_chat_once(api, engine, settings, clock,
                                                                           caplog) -> None:
    api.slow_next("sendMessage", READ_TIMEOUT * 4)
    bot, runner = telegram_runner(api, engine, settings, clock)

    async def the_day() -> list[int]:
        async with bot:
            counted = [await runner.run(RunName.BRIEFING)]
            for _ in range(3):  # the retry job, every minute past the lease, and the run's job firing late
                clock.now += deliveries.LEASE + timedelta(seconds=1)
                counted += [await runner.retry(), await runner.run(RunName.BRIEFING)]
            return counted

    with caplog.at_level(logging.WARNING, logger="scheduler.runner"):
        assert asyncio.run(the_day()) == [0] * 7
    assert len(briefings(api)) == 1
    row = the_row(engine)
    assert (row.sent_at, row.attempts) == (None, 1)
    assert "MaybeDelivered" in (row.last_error or "")
    [warning] = [record.getMessage() for record in caplog.records if record.name == "scheduler.runner"]
    assert "briefing 2026-11-23 to chat -1001" in warning and "not sent again" in warning


def test_a_briefing_refused_by_flood_control_is_retried_and_reaches_the_chat_once(api, engine, settings,
                                                                                  clock) -> None:
    api.fail_next("sendMessage")  # a 429 is a definite "not sent"
    bot, runner = telegram_runner(api, engine, settings, clock, tries=1)

    async def the_day() -> list[int]:
        async with bot:
            counted = [await runner.run(RunName.BRIEFING), await runner.retry()]
            clock.now += deliveries.LEASE + timedelta(seconds=1)
            counted.append(await runner.retry())
            clock.now += deliveries.LEASE + timedelta(seconds=1)
            return [*counted, await runner.retry()]

    assert asyncio.run(the_day()) == [0, 0, 1, 0]
    assert len(briefings(api)) == 1
    assert len(api.sent("sendMessage")) == 2  # the refused one and the retry
    row = the_row(engine)
    assert row.sent_at is not None and row.attempts == 2


def test_a_long_briefing_cut_off_halfway_is_finished_by_the_retry_without_repeating_its_beginning(
        api, engine, settings, clock) -> None:
    day = clock.now.date()
    with transaction(engine) as session:
        for hour in range(8, 20):
            for quarter in range(4):
                start = clock.now.replace(hour=hour, minute=quarter * 15)
                session.add(Event(title=f"Reunión de coordinación territorial número {hour}.{quarter} con "
                                  "dirigentes de juntas de vecinos del sector norte y la mesa de seguridad",
                                  day=day, start_at=start, place="Sala de reuniones del segundo piso, edificio "
                                  "consistorial", created_at=clock.now))
    api.fail_next("sendMessage", after=1)  # the first message arrives, the second is refused
    bot, runner = telegram_runner(api, engine, settings, clock, tries=1)

    async def the_morning() -> list[int]:
        async with bot:
            counted = [await runner.run(RunName.BRIEFING)]
            clock.now += deliveries.LEASE + timedelta(seconds=1)
            return [*counted, await runner.retry()]

    assert asyncio.run(the_morning()) == [0, 1]
    texts = [call.params["text"] for call in api.sent("sendMessage")
             if call.result is not None and call.params["chat_id"] == MAYOR_CHAT]
    assert len(texts) >= 3 and texts[0].startswith(BRIEFING)
    assert len(set(texts)) == len(texts), "a message of the briefing reached the mayor twice"
    whole = "".join(texts)
    assert all(whole.count(f"número {hour}.{quarter} ") == 1 for hour in range(8, 20) for quarter in range(4))
    row = the_row(engine)
    assert row.sent_at is not None and (row.attempts, row.parts_sent) == (2, 1)


def test_briefing_send_on_demand_says_when_telegram_did_not_confirm(api, engine, settings, clock) -> None:
    api.slow_next("sendMessage", READ_TIMEOUT * 4)
    bot, runner = telegram_runner(api, engine, settings, clock)

    async def send_then_retry_then_send() -> tuple[SendOutcome, int, SendOutcome]:
        async with bot:
            first = await runner.send_briefing(clock.now.date())
            clock.now += deliveries.LEASE + timedelta(seconds=1)
            return first, await runner.retry(), await runner.send_briefing(clock.now.date())

    assert asyncio.run(send_then_retry_then_send()) == (SendOutcome.UNCERTAIN, 0, SendOutcome.ALREADY)
    assert len(briefings(api)) == 1


def test_gabinete_briefing_send_says_telegram_did_not_confirm_and_does_not_send_again(tmp_path, capsys) -> None:
    """The operator's commands, with the bot's own read timeout (5 s): Telegram answers after it, once;
    the history tells the briefing apart from one that failed and will be retried."""
    from bot.cli import main
    from bot.telegram.request import READ_TIMEOUT as BOT_READ_TIMEOUT

    with SlowOnceBotApi() as api:
        path = tmp_path / "send.toml"
        path.write_text(f'database_url = "sqlite:///{tmp_path / "send.db"}"\n'
                        f'[telegram]\ntoken = "{api.token}"\nmayor_chat_id = {MAYOR_CHAT}\n'
                        f'api_base_url = "{api.base_url}"\napi_file_url = "{api.file_url}"\n', encoding="utf-8")
        api.slow_next("sendMessage", BOT_READ_TIMEOUT + 0.5)
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 1
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 0
        sent = api.sent("sendMessage")
        assert main(["--config", str(path), "jobs", "--history"]) == 0
    out = capsys.readouterr().out
    assert "Telegram no confirmó a tiempo el resumen del 2026-11-24 al chat -1001: puede haber llegado" in out
    assert "ya fue enviado" in out
    [history] = [line for line in out.splitlines() if "resumen 2026-11-24 → chat -1001" in line]
    assert "SIN CONFIRMAR (1 intento): Telegram no respondió a tiempo; puede haber llegado" in history
    assert len(sent) == 1 and sent[0].params["text"].startswith("Resumen del martes 24")
