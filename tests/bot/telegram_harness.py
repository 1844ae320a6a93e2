"""The real bot (python-telegram-bot + dispatcher + handlers) running in a thread against the fake Bot API.

One chat's updates are handled in order, so a round trip in that chat works as a barrier: once its
reply arrives, every earlier update of the chat has been handled, and "nothing was sent" can be
checked without sleeping. An update the bot ignores is done before the next update starts (its
handling never waits), so a round trip in any chat is a barrier for those.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

from msgspec.structs import replace
from telegram.ext import Application

from bot.telegram.app import ALLOWED_UPDATES
from settings import Role, Settings
from settings.model import Department, StaffMember, TelegramSettings
from tests.bot.fake_bot_api import Call, FakeBotApi

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/Santiago"))
ADMIN, STAFF, VIEWER, STRANGER = 1001, 501, 777, 999
OBRAS_CHAT = -100200
OTHER_GROUP = -100300


def telegram_settings(api: FakeBotApi, database_url: str = "") -> Settings:
    """Three staff members and a department chat for Obras, talking to the fake server."""
    base = Settings()
    departments = tuple(_with_chat(department) for department in base.departments)
    staff = (StaffMember(telegram_id=ADMIN, name="Paula Jefa de Gabinete", role=Role.ADMIN),
             StaffMember(telegram_id=STAFF, name="Camila Secretaria", role=Role.STAFF),
             StaffMember(telegram_id=VIEWER, name="Visita Lectora", role=Role.VIEWER))
    return Settings(database_url=database_url, staff=staff, departments=departments,
                    telegram=TelegramSettings(token="123:ABC", api_base_url=api.base_url, api_file_url=api.file_url))


def _with_chat(department: Department) -> Department:
    return replace(department, chat_id=OBRAS_CHAT) if department.code == "obras" else department


@contextmanager
def running(application: Application) -> Iterator[None]:
    """Start-up as `gabinete run` does it (post_init included), long polling; stopped on exit."""
    loop = asyncio.new_event_loop()
    started = threading.Event()
    stop: list[asyncio.Event] = []
    failure: list[BaseException] = []

    async def main() -> None:
        stop.append(asyncio.Event())
        try:
            async with application:
                await application.post_init(application)
                await application.start()
                await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
                started.set()
                await stop[0].wait()
                await application.updater.stop()
                await application.stop()
        except BaseException as error:
            failure.append(error)
            started.set()
            raise

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    assert started.wait(15), "the bot did not start"
    if failure:
        raise failure[0]
    try:
        yield
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(15)
        loop.close()


def replies_to(api: FakeBotApi, chat_id: int) -> list[Call]:
    return [call for call in api.sent() if call.params["chat_id"] == chat_id]


def say(api: FakeBotApi, user: int, text: str, chat_id: int | None = None, chat_type: str = "private",
        count: int = 1) -> list[Call]:
    """Send a message and wait for the `count` messages the bot sends back to that chat."""
    chat_id = user if chat_id is None else chat_id
    before = len(replies_to(api, chat_id))
    api.push_text(user, text, chat_id, chat_type)
    return api.wait_for(count=before + count, where=lambda call: call.params["chat_id"] == chat_id)[before:]


def press(api: FakeBotApi, user: int, sent: Call, label: str) -> Call:
    """Press the button called `label` on a message the bot sent; returns the edit it causes."""
    before = len(api.sent("editMessageText"))
    message = api.as_message(sent)
    value = next(button["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for button in row
                 if button["text"] == label)
    api.push_press(user, value, message)
    return api.wait_for("editMessageText", count=before + 1)[-1]


def barrier(api: FakeBotApi, user: int = ADMIN, chat_id: int | None = None, chat_type: str = "private") -> None:
    """Every update sent so far to this chat has been handled once `user`'s /ayuda there is answered.

    Earlier replies may still be on their way, so the help text itself is what is waited for.
    """
    chat_id = user if chat_id is None else chat_id

    def help_here(call: Call) -> bool:
        return call.params["chat_id"] == chat_id and call.params["text"].startswith("Hola, ")

    before = len([call for call in api.sent() if help_here(call)])
    api.push_text(user, "/ayuda", chat_id, chat_type)
    api.wait_for(count=before + 1, where=help_here)
