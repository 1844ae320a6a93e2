"""Sending a `Reply`: its parts as messages (or as the edit of a pressed message), then its files.

A failure here happens after the dispatcher has stored the work, so it is raised as
`DeliveryFailed`: the error handler must not tell the user that nothing was saved. Both functions
return the id of the message that carries the reply's buttons (None without buttons), so that
presses on older, superseded buttons can be told apart.

A group that became a supergroup refuses messages at its old id with `ChatMigrated`: the message
is sent again, once, to the new id, and the rest of the reply follows it there, so no part is lost
or sent twice. The scheduler's sender also stores the move, so later sends go straight there.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from functools import partial

from telegram import Bot, CallbackQuery, InputFile, InputMediaPhoto, Message, ReplyParameters
from telegram.error import BadRequest, ChatMigrated, TelegramError

from bot.telegram.chats import ChatRoutes
from bot.telegram.render import Part, render
from bot.telegram.request import UnansweredRequest
from handlers.reply import Reply
from scheduler.sender import MaybeDelivered, SendFailed

Moved = Callable[[int, int], None]
"""Told (old id, new id) when a send finds that its group became a supergroup."""


class DeliveryFailed(Exception):
    """The reply could not be sent although its work was applied; its first `parts` messages did arrive."""

    def __init__(self, reason: str, parts: int = 0) -> None:
        super().__init__(reason)
        self.parts = parts


class TelegramSender:
    """The scheduler's `Sender`: the same rendering, splitting and retries as any answer; raises when not sent.

    A configured chat is sent to at its current id, and a migration discovered while sending is stored.
    A send Telegram got but did not acknowledge in time is `MaybeDelivered`, which the scheduler never repeats.
    """

    def __init__(self, bot: Bot, routes: ChatRoutes) -> None:
        self.bot = bot
        self.routes = routes

    async def send(self, chat_id: int, reply: Reply, skip: int = 0) -> None:
        try:
            await send_reply(self.bot, self.routes.current(chat_id), reply, moved=self.routes.migrate, skip=skip)
        except DeliveryFailed as error:
            if isinstance(error.__cause__, UnansweredRequest):
                raise MaybeDelivered(str(error)) from error
            raise SendFailed(error.parts, str(error)) from error


class _Chat:
    """Where the messages of one reply go: the id it started with, or the supergroup that group became.

    It counts the reply's messages (texts, album, files) that arrived, so that a failure can say how many
    did, and it leaves out the first `skip`, which arrived on an earlier try.
    """

    def __init__(self, chat_id: int, moved: Moved | None = None, skip: int = 0) -> None:
        self.id = chat_id
        self.moved = moved
        self.skip = skip
        self.arrived = 0

    async def send(self, call: Callable[[int], Awaitable[Message]]) -> Message | None:
        """One message (None when it is one of those to skip); refused with `ChatMigrated`, it is sent again,
        once, to the new id."""
        if self.arrived < self.skip:
            self.arrived += 1
            return None
        try:
            message = await call(self.id)
        except ChatMigrated as error:
            if self.moved is not None:
                self.moved(self.id, error.new_chat_id)
            self.id = error.new_chat_id
            message = await call(self.id)
        self.arrived += 1
        return message


async def send_reply(bot: Bot, chat_id: int, reply: Reply, quote: int | None = None,
                     moved: Moved | None = None, skip: int = 0) -> int | None:
    """`quote` (a message id) makes the first part a reply to it, so a busy group sees who is answered;
    the first `skip` messages are left out (a retry of a reply whose beginning arrived)."""
    chat = _Chat(chat_id, moved, skip)
    try:
        buttons = await _send_parts(bot, chat, render(reply), quote)
        await _send_attachments(bot, chat, reply)
    except TelegramError as error:
        raise DeliveryFailed(str(error), chat.arrived) from error
    return buttons


async def edit_with_reply(bot: Bot, query: CallbackQuery, reply: Reply) -> int | None:
    """After a button press the pressed message shows the outcome, and its old buttons go away."""
    parts = render(reply)
    message = query.message
    chat = _Chat(message.chat.id)
    buttons = message.message_id if parts[0].markup else None
    try:
        try:
            await query.edit_message_text(parts[0].text, reply_markup=parts[0].markup)
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                buttons = await _send_parts(bot, chat, parts[:1], None)
        buttons = await _send_parts(bot, chat, parts[1:], None) or buttons
        await _send_attachments(bot, chat, reply)
    except TelegramError as error:
        raise DeliveryFailed(str(error), chat.arrived) from error
    return buttons


async def _send_parts(bot: Bot, chat: _Chat, parts: list[Part], quote: int | None) -> int | None:
    buttons = None
    for index, part in enumerate(parts):
        reference = ReplyParameters(quote, allow_sending_without_reply=True) if quote and index == 0 else None
        sent = await chat.send(partial(bot.send_message, text=part.text, reply_markup=part.markup,
                                       reply_parameters=reference))
        if part.markup and sent is not None:
            buttons = sent.message_id
    return buttons


async def _send_attachments(bot: Bot, chat: _Chat, reply: Reply) -> None:
    if reply.album:
        media = [InputMediaPhoto(file_id) for file_id in reply.album]
        await chat.send(partial(bot.send_media_group, media=media) if len(media) > 1
                        else partial(bot.send_photo, photo=reply.album[0]))
    for attachment in reply.attachments:
        caption = html.escape(attachment.caption, quote=False) or None
        await chat.send(partial(bot.send_document, document=InputFile(attachment.content, filename=attachment.filename),
                                caption=caption))

