"""Photos and other media sent to the bot: photos go to the archive, the rest get a word on what the bot does.

A photo (or an image sent as a file) is downloaded into `[ceremonies] photos_dir`, by month, under
Telegram's stable unique id, then handed to the photo capability with its file id, so it can be sent
back as an album without uploading it again. Each message is one photo; an album arrives as several.
"""

from __future__ import annotations

import mimetypes
from datetime import datetime
from pathlib import Path

from telegram import Message, Update

from bot.telegram import chats
from bot.telegram.updates import Context, Updates, key_of, logged, message_once
from handlers.context import Actor
from handlers.reply import Reply

NOT_KEPT = ("Por ahora guardo fotos (con o sin leyenda) y leo planillas Excel; audios, stickers y videos no. "
            "Escríbame lo que necesita, o «ayuda».")
FOLDER_MODE = 0o700


class Media:
    def __init__(self, updates: Updates) -> None:
        self.updates = updates
        self.settings = updates.settings

    @logged
    async def photo(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if not chats.addressed(message, context.bot.username, context.bot.id):
            return "not addressed, ignored"
        file_id, unique_id, suffix = _picture(message)
        caption = chats.without_mention(message.caption or "", context.bot.username)
        key, once = key_of(update), message_once(message)

        async def work(actor: Actor) -> Reply | None:
            path = self._path(unique_id, suffix)
            telegram_file = await context.bot.get_file(file_id)
            await telegram_file.download_to_drive(path)
            slots = {"file_id": file_id, "file_unique_id": unique_id, "path": str(path), "caption": caption}
            return self.updates.dispatcher.handle_intent(key, actor, "photo.store", slots, once)

        return await self.updates.serve(update, context, "photo", work)

    @logged
    async def other(self, update: Update, context: Context) -> str:
        async def work(_actor: Actor) -> Reply:
            return Reply(NOT_KEPT)

        return await self.updates.serve(update, context, "media", work)

    def _path(self, unique_id: str, suffix: str) -> Path:
        month = datetime.now(self.settings.zone).strftime("%Y-%m")
        folder = Path(self.settings.ceremonies.photos_dir) / month
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        return folder / f"{unique_id}{suffix}"


def _picture(message: Message) -> tuple[str, str, str]:
    """(file id, unique id, file suffix) of the largest size of a photo, or of an image sent as a file."""
    if message.photo:
        largest = message.photo[-1]
        return largest.file_id, largest.file_unique_id, ".jpg"
    document = message.document
    suffix = Path(document.file_name or "").suffix or mimetypes.guess_extension(document.mime_type or "") or ".jpg"
    return document.file_id, document.file_unique_id, suffix.lower()
