"""The bot's callbacks: each turns one update into one dispatcher call and sends what it answers.

Every callback goes the same way: is this chat served and the message meant for the bot, who is
writing (a stranger gets one line with their id), the dispatcher's work, then the reply. Each
update leaves one INFO line: update id, user id, what was asked, the outcome and the latency;
never the message text.

The dispatcher (synchronous SQLAlchemy, a few milliseconds) runs right on the event loop, so its
calls never overlap. In a worker thread it would hold the GIL while the loop waits to send, and
every send would queue behind it (measured at 100 updates/s: median latency seconds in a thread,
8 ms inline). Only spreadsheets, slow to read, go to a thread: read first in a child process
(`storage/xlsx/isolated.py`), then planned from what it read, so no transaction waits on a parse.

Idempotency keys name the message (`tg-msg:<chat>:<message id>`) or the button press
(`tg-press:<query id>`) rather than the update id, because Telegram restarts update ids at random
after a week without updates, and a message keeps its id however often it is delivered.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import date

from telegram import CallbackQuery, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.dispatcher import Dispatcher
from bot.telegram import chats
from bot.telegram.commands import UsageError, authorization, request_for, revocation
from bot.telegram.delivery import DeliveryFailed, edit_with_reply, send_reply
from handlers.context import Actor
from handlers.reply import Reply
from handlers.slot_values import day_of
from storage.xlsx.isolated import read_ahead

log = logging.getLogger(__name__)

FAILED = "Algo falló; no se guardó nada. Intente de nuevo."
NOT_XLSX = "Solo puedo leer planillas Excel (.xlsx)."
TOO_BIG = "La planilla pesa más de {mb} MB (imports.max_file_mb); divídala en partes más pequeñas."
LIVE_BUTTONS = "live_buttons"
"""`bot_data` key: conversation key → id of the message whose buttons answer its pending question."""

Context = ContextTypes.DEFAULT_TYPE
Work = Callable[[Actor], Awaitable[Reply | None]]


def stranger_line(telegram_id: int) -> str:
    return (f"Hola. Este asistente es solo para el equipo del Gabinete; si usted trabaja en él, entregue este número "
            f"al administrador para que le dé acceso: <code>{telegram_id}</code>")


def logged(callback: Callable[[Updates, Update, Context], Awaitable[str]]) -> Callable[..., Awaitable[None]]:
    """One INFO line per update with its outcome and latency."""

    @functools.wraps(callback)
    async def wrapper(self: Updates, update: Update, context: Context) -> None:
        started = time.perf_counter()
        outcome = await callback(self, update, context)
        user = update.effective_user.id if update.effective_user else None
        log.info("update %s user %s %s %.0f ms", update.update_id, user, outcome,
                 (time.perf_counter() - started) * 1000)

    return wrapper


def outcome_of(what: str, reply: Reply | None) -> str:
    if reply is None:
        return f"{what} -> repeated, ignored"
    if reply.stored:
        return f"{what} -> stored"
    if reply.pending is not None:
        return f"{what} -> {reply.pending.kind.value} {reply.pending.intent}"
    return f"{what} -> answered"


class Updates:
    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        self.settings = dispatcher.settings

    # -- messages -----------------------------------------------------------------------------------

    @logged
    async def text(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if not chats.addressed(message, context.bot.username, context.bot.id):
            return "not addressed, ignored"
        text = chats.without_mention(message.text or "", context.bot.username)
        key, once = key_of(update), message_once(message)

        async def work(actor: Actor) -> Reply | None:
            return self.dispatcher.handle_text(key, actor, text, once)

        return await self.serve(update, context, "text", work)

    @logged
    async def command(self, update: Update, context: Context) -> str:
        message = update.effective_message
        name = (message.text or "/").split()[0][1:].split("@")[0].lower()
        key, once = key_of(update), message_once(message)

        async def work(actor: Actor) -> Reply | None:
            try:
                request = request_for(name, context.args or [], self._today(), self.settings, self._ranges)
            except UsageError as error:
                return Reply(str(error))
            if request.text:
                return self.dispatcher.handle_text(key, actor, request.text, once)
            return self.dispatcher.handle_intent(key, actor, request.intent, request.slots, once)

        return await self.serve(update, context, f"/{name}", work)

    @logged
    async def authorize(self, update: Update, context: Context) -> str:
        async def work(actor: Actor) -> Reply:
            try:
                telegram_id, role, name = authorization(context.args or [])
            except UsageError as error:
                return Reply(str(error))
            return self.dispatcher.authorize(actor, telegram_id, role, name)

        return await self.serve(update, context, "/autorizar", work)

    @logged
    async def revoke(self, update: Update, context: Context) -> str:
        async def work(actor: Actor) -> Reply:
            try:
                telegram_id = revocation(context.args or [])
            except UsageError as error:
                return Reply(str(error))
            return self.dispatcher.revoke(actor, telegram_id)

        return await self.serve(update, context, "/revocar", work)

    @logged
    async def document(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if not chats.addressed(message, context.bot.username, context.bot.id):
            return "not addressed, ignored"
        document = message.document
        caption = chats.without_mention(message.caption or "", context.bot.username)

        async def work(actor: Actor) -> Reply | None:
            filename = document.file_name or "planilla"
            if not filename.lower().endswith(".xlsx"):
                return Reply(NOT_XLSX)
            limit = self.settings.imports.max_file_mb
            if (document.file_size or 0) > limit * 1024 * 1024:  # refused before it is downloaded
                return Reply(TOO_BIG.format(mb=f"{limit:g}".replace(".", ",")))
            content = bytes(await (await document.get_file()).download_as_bytearray())
            await asyncio.to_thread(read_ahead, content, self.settings.imports)  # in a child, before the transaction
            return await asyncio.to_thread(self.dispatcher.handle_file, key_of(update), actor, filename, content,
                                           caption, message_once(message))

        return await self.serve(update, context, "file", work)

    # -- button presses -----------------------------------------------------------------------------

    @logged
    async def choice(self, update: Update, context: Context) -> str:
        actor = await self._presser(update, context)
        if isinstance(actor, str):
            return actor
        query = update.callback_query
        refusal = _refusal(query, context.bot_data[LIVE_BUTTONS].get(key_of(update)))
        await _answer(query, refusal)
        if refusal:
            return "press on someone else's or superseded buttons, refused"
        reply = self.dispatcher.handle_choice(key_of(update), actor, query.data or "", f"tg-press:{query.id}")
        return await _pressed(update, context, "button", reply)

    @logged
    async def scheduled(self, update: Update, context: Context) -> str:
        """A button on a message the scheduler sent (reminders, invitation answers in the group).

        No live-buttons check: these messages are not the conversation's latest proposal, and stay
        valid until what they ask is done. The outcome replaces the message's text and buttons.
        """
        actor = await self._presser(update, context)
        if isinstance(actor, str):
            return actor
        query = update.callback_query
        await _answer(query)
        reply = self.dispatcher.handle_scheduled(key_of(update), actor, query.data or "", f"tg-press:{query.id}")
        return await _pressed(update, context, "scheduled button", reply)

    async def _presser(self, update: Update, context: Context) -> Actor | str:
        """Who pressed, or (the press answered) why the press goes no further."""
        query = update.callback_query
        message = query.message
        if message is None or not chats.served(message.chat, context.bot_data[chats.GROUP_CHATS]):
            await _answer(query)
            return "press in an unserved chat, ignored"
        actor = self.dispatcher.actor_for(query.from_user.id)
        if actor is None:
            await _answer(query, "Este asistente es solo para el equipo del Gabinete.")
            return "press by a stranger"
        return actor

    # -- chat changes and errors --------------------------------------------------------------------

    @logged
    async def migrate(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if message.migrate_to_chat_id:
            old, new = message.chat.id, message.migrate_to_chat_id
        else:
            old, new = message.migrate_from_chat_id, message.chat.id
        context.bot_data[chats.ROUTES].migrate(old, new)
        return f"group {old} migrated to {new}"

    async def error(self, update: object, context: Context) -> None:
        """Log with the update id; tell the user nothing was stored, unless it was and only the reply failed."""
        update_id = update.update_id if isinstance(update, Update) else None
        if isinstance(context.error, DeliveryFailed):
            log.error("update %s: applied, but the reply could not be sent: %s", update_id, context.error)
            return
        log.error("update %s failed", update_id, exc_info=context.error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chats.served(chat, context.bot_data.get(chats.GROUP_CHATS, set())):
            try:
                await context.bot.send_message(chat.id, FAILED)
            except TelegramError as error:
                log.warning("update %s: the failure notice could not be sent either: %s", update_id, error)

    # -- the common path ----------------------------------------------------------------------------

    async def serve(self, update: Update, context: Context, what: str, work: Work) -> str:
        chat, user, message = update.effective_chat, update.effective_user, update.effective_message
        if user is None or not chats.served(chat, context.bot_data[chats.GROUP_CHATS]):
            return f"{what} in an unserved chat, ignored"
        quote = message.message_id if chat.type != chat.PRIVATE else None
        actor = self.dispatcher.actor_for(user.id)
        if actor is None:
            self.dispatcher.record_stranger(user.id, user.full_name)
            await context.bot.send_message(chat.id, stranger_line(user.id))
            return f"{what} by a stranger"
        reply = await work(actor)
        if reply is not None:
            _remember(context, key_of(update), await send_reply(context.bot, chat.id, reply, quote))
        return outcome_of(what, reply)

    def _today(self) -> date:
        return self.dispatcher.clock().astimezone(self.settings.zone).date()

    def _ranges(self, text: str) -> tuple[date | None, date | None]:
        now = self.dispatcher.clock().astimezone(self.settings.zone).replace(tzinfo=None)
        slots = self.dispatcher.parser.parse(f"agenda {text}", now).slots
        return day_of(slots.get("date_from")), day_of(slots.get("date_to"))


def _refusal(query: CallbackQuery, live: int | None) -> str | None:
    """Buttons answer the person they were shown to, and only while they are the latest ones.

    In a group the bot's reply quotes the asker, so another member's press is refused. A press on
    older buttons while newer ones wait would otherwise confirm the newer proposal. After a restart
    nothing is known and the press goes through: the pending dialogue itself is in the database.
    """
    asked = query.message.reply_to_message
    if asked is not None and asked.from_user is not None and asked.from_user.id != query.from_user.id:
        return "Estos botones son para quien hizo la consulta."
    if live is not None and live != query.message.message_id:
        return "Estas opciones ya no están vigentes; use las del último mensaje."
    return None


async def _pressed(update: Update, context: Context, what: str, reply: Reply | None) -> str:
    """The pressed message shows the outcome; its buttons become the conversation's live ones."""
    if reply is not None:
        _remember(context, key_of(update), await edit_with_reply(context.bot, update.callback_query, reply))
    return outcome_of(what, reply)


def _remember(context: Context, key: str, buttons: int | None) -> None:
    """Which message holds the conversation's live buttons; 0 when the latest reply has none."""
    context.bot_data[LIVE_BUTTONS][key] = buttons or 0


def key_of(update: Update) -> str:
    """One conversation per person per chat: two staff in the mayor's group keep separate dialogues."""
    return f"tg:{update.effective_chat.id}:{update.effective_user.id}"


def message_once(message: Message) -> str:
    return f"tg-msg:{message.chat.id}:{message.message_id}"


async def _answer(query: CallbackQuery, text: str | None = None) -> None:
    """Stop the button's spinner; a press older than Telegram keeps queries for cannot be answered, and that is fine."""
    try:
        await query.answer(text)
    except BadRequest as error:
        log.info("callback query not answered: %s", error)
