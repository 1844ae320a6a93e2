"""The one composition root of the Telegram bot: build the Application, register handlers in order.

Order matters: the first handler whose filter matches an update takes it. Migrations first (they
carry no text), then the known commands, button presses, documents, free text, and last any other
command in a private chat (answered with how to find the right one).
"""

from __future__ import annotations

import logging
import re

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)

from bot.dispatcher import Dispatcher
from bot.telegram.chats import GROUP_CHATS, ROUTES, ChatRoutes
from bot.telegram.commands import bot_commands, menu
from bot.telegram.delivery import TelegramSender
from bot.telegram.media import Media
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.request import AiohttpRequest
from bot.telegram.retry import RetryingLimiter
from bot.telegram.updates import LIVE_BUTTONS, Updates
from bot.web.telegram_hooks import CalendarCommand, start_web, stop_web
from handlers.reminders import ANSWER, GREETED
from scheduler import jobs
from scheduler.legal import BUTTON as LEGAL_BUTTON

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


def build_application(dispatcher: Dispatcher, token: str) -> Application:
    settings = dispatcher.settings
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(settings.telegram.api_file_url)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(pool_size=1))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.zone,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(RetryingLimiter())
        .concurrent_updates(ChatOrderedProcessor())
        .post_init(lambda application: start(application, dispatcher))
        .post_shutdown(stop_web)
        .build()
    )
    routes = ChatRoutes(settings, dispatcher.engine, dispatcher.clock)
    application.bot_data.update({GROUP_CHATS: routes.groups, ROUTES: routes, LIVE_BUTTONS: {}})
    register(application, Updates(dispatcher))
    return application


SCHEDULED_BUTTONS = re.compile(f"^(?:{ANSWER}|{GREETED}|{LEGAL_BUTTON}):")
"""Buttons of scheduled messages; every other button answers the conversation's pending step."""
OTHER_MEDIA = (filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE | filters.Sticker.ALL
               | filters.ANIMATION | filters.LOCATION | filters.CONTACT)
"""Media the bot does not keep: answered with what it can do, never ignored in silence."""


def register(application: Application, updates: Updates) -> None:
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, updates.migrate))
    application.add_handler(CommandHandler([name for name, _ in menu()] + ["start"], updates.command))
    application.add_handler(CommandHandler("autorizar", updates.authorize))
    application.add_handler(CommandHandler("revocar", updates.revoke))
    application.add_handler(CommandHandler("calendario", CalendarCommand(updates)))
    application.add_handler(CallbackQueryHandler(updates.scheduled, pattern=SCHEDULED_BUTTONS))
    application.add_handler(CallbackQueryHandler(updates.choice))
    media = Media(updates)
    application.add_handler(MessageHandler(filters.PHOTO | filters.Document.IMAGE, media.photo))
    application.add_handler(MessageHandler(OTHER_MEDIA, media.other))
    application.add_handler(MessageHandler(filters.Document.ALL, updates.document))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, updates.text))
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, updates.command))
    application.add_error_handler(updates.error)


async def start(application: Application, dispatcher: Dispatcher) -> None:
    """Once connected: the Spanish command menu (a failure is logged, the bot still starts) and the scheduler."""
    try:
        await application.bot.set_my_commands(bot_commands())
    except TelegramError as error:
        log.warning("could not set the command menu: %s", error)
    sender = TelegramSender(application.bot, application.bot_data[ROUTES])
    jobs.install(application, dispatcher.engine, dispatcher.settings, sender, dispatcher.clock)
    await start_web(application, dispatcher, application.bot.token)
    log.info("bot @%s ready", application.bot.username)
