"""Where the web face meets the running bot: the server started and stopped with the Application,
the Mini App set as the chat menu button, and the `/calendario` command."""

from __future__ import annotations

import logging

from telegram import MenuButtonWebApp, Update, WebAppInfo
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.dispatcher import Dispatcher
from bot.telegram.updates import Updates, logged
from bot.web.feed_admin import calendar_command
from bot.web.server import WebServer
from handlers.context import Actor
from handlers.reply import Reply

log = logging.getLogger(__name__)

WEB_SERVER = "web_server"
"""`bot_data` key of the running `WebServer`."""
MENU_BUTTON_TEXT = "Gabinete"


async def start_web(application: Application, dispatcher: Dispatcher, token: str) -> None:
    """Start the web server when `[web] enabled`; a port already taken is logged and the bot runs on without it."""
    settings = dispatcher.settings
    if not settings.web.enabled:
        return
    server = WebServer(dispatcher, token, settings.web.listen, settings.web.port)
    try:
        await server.start()
    except OSError as error:
        log.error("web server not started on %s:%s: %s", settings.web.listen, settings.web.port, error)
        return
    application.bot_data[WEB_SERVER] = server
    if settings.web.public_url:
        button = MenuButtonWebApp(MENU_BUTTON_TEXT, WebAppInfo(url=settings.web.public_url.rstrip("/") + "/"))
        try:
            await application.bot.set_chat_menu_button(menu_button=button)
        except TelegramError as error:
            log.warning("could not set the Mini App menu button: %s", error)


async def stop_web(application: Application) -> None:
    server = application.bot_data.pop(WEB_SERVER, None)
    if server is not None:
        await server.stop()


class CalendarCommand:
    """`/calendario`, served like every other command (served chats, strangers answered, one log line)."""

    def __init__(self, updates: Updates) -> None:
        self.updates = updates
        self.dispatcher = updates.dispatcher

    @logged
    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        async def work(actor: Actor) -> Reply:
            return calendar_command(self.dispatcher.engine, self.dispatcher.settings, self.dispatcher.clock(), actor,
                                    context.args or [], self.dispatcher.actor_for)

        return await self.updates.serve(update, context, "/calendario", work)
