"""Sending a `Reply`: its parts as messages (or as the edit of a pressed message), then its files.

A failure here happens after the dispatcher has stored the work, so it is raised as
`DeliveryFailed`: the error handler must not tell the user that nothing was saved. Both functions
return the id of the message that carries the reply's buttons (None without buttons), so that
presses on older, superseded buttons can be told apart.
"""

from __future__ import annotations

import html

from telegram import Bot, CallbackQuery, InputFile, ReplyParameters
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application

from bot.telegram.chats import current_id
from bot.telegram.render import Part, render
from handlers.reply import Reply


class DeliveryFailed(Exception):
    """The reply could not be sent although its work was applied."""


class TelegramSender:
    """The scheduler's `Sender`: the same rendering, splitting and retries as any answer; raises when not sent."""

    def __init__(self, application: Application) -> None:
        self.application = application

    async def send(self, chat_id: int, reply: Reply) -> None:
        await send_reply(self.application.bot, current_id(self.application.bot_data, chat_id), reply)


async def send_reply(bot: Bot, chat_id: int, reply: Reply, quote: int | None = None) -> int | None:
    """`quote` (a message id) makes the first part a reply to it, so a busy group sees who is answered."""
    try:
        buttons = await _send_parts(bot, chat_id, render(reply), quote)
        await _send_attachments(bot, chat_id, reply)
    except TelegramError as error:
        raise DeliveryFailed(str(error)) from error
    return buttons


async def edit_with_reply(bot: Bot, query: CallbackQuery, reply: Reply) -> int | None:
    """After a button press the pressed message shows the outcome, and its old buttons go away."""
    parts = render(reply)
    message = query.message
    buttons = message.message_id if parts[0].markup else None
    try:
        try:
            await query.edit_message_text(parts[0].text, reply_markup=parts[0].markup)
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                buttons = await _send_parts(bot, message.chat.id, parts[:1], None)
        buttons = await _send_parts(bot, message.chat.id, parts[1:], None) or buttons
        await _send_attachments(bot, message.chat.id, reply)
    except TelegramError as error:
        raise DeliveryFailed(str(error)) from error
    return buttons


async def _send_parts(bot: Bot, chat_id: int, parts: list[Part], quote: int | None) -> int | None:
    buttons = None
    for index, part in enumerate(parts):
        reference = ReplyParameters(quote, allow_sending_without_reply=True) if quote and index == 0 else None
        sent = await bot.send_message(chat_id, part.text, reply_markup=part.markup, reply_parameters=reference)
        if part.markup:
            buttons = sent.message_id
    return buttons


async def _send_attachments(bot: Bot, chat_id: int, reply: Reply) -> None:
    for attachment in reply.attachments:
        caption = html.escape(attachment.caption, quote=False) or None
        await bot.send_document(chat_id, InputFile(attachment.content, filename=attachment.filename), caption=caption)
