"""Which chats the bot serves and which group messages are meant for it.

Private chats are always served (access is then decided per person). In groups the bot speaks
only in the mayor's group and the departments' chats from the configuration, and there only
when addressed: a command, an @mention, or a reply to one of its messages.
"""

from __future__ import annotations

import logging

from telegram import Chat, Message, MessageEntity

from settings import Settings

log = logging.getLogger(__name__)

GROUP_CHATS = "group_chats"
"""`bot_data` key: the set of group ids served, updated when a group migrates to a supergroup."""
MIGRATED = "migrated_chats"
"""`bot_data` key: old group id → its supergroup's id, for messages addressed by the configured id."""


def configured_groups(settings: Settings) -> set[int]:
    ids = {settings.telegram.mayor_chat_id} | {department.chat_id for department in settings.departments}
    return {chat_id for chat_id in ids if chat_id is not None}


def served(chat: Chat | None, groups: set[int]) -> bool:
    if chat is None:
        return False
    if chat.type == Chat.PRIVATE:
        return True
    return chat.type in (Chat.GROUP, Chat.SUPERGROUP) and chat.id in groups


def addressed(message: Message, username: str, bot_id: int) -> bool:
    """In a private chat everything is; in a group only a reply to the bot or an @mention of it."""
    if message.chat.type == Chat.PRIVATE:
        return True
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True
    mentions = message.parse_entities([MessageEntity.MENTION]) or message.parse_caption_entities(
        [MessageEntity.MENTION])
    return any(text.lower() == f"@{username.lower()}" for text in mentions.values())


def without_mention(text: str, username: str) -> str:
    """"@gabinete_bot agenda de hoy" → "agenda de hoy"."""
    mention = f"@{username}"
    start = text.lower().find(mention.lower())
    if start == -1:
        return text.strip()
    return (text[:start] + text[start + len(mention):]).strip()


def setting_for(settings: Settings, chat_id: int) -> str:
    """The configuration key that holds `chat_id`, for the operator to update after a migration."""
    if settings.telegram.mayor_chat_id == chat_id:
        return "telegram.mayor_chat_id"
    for department in settings.departments:
        if department.chat_id == chat_id:
            return f"chat_id del departamento {department.code}"
    return "la configuración"


def migrate(settings: Settings, bot_data: dict, old: int, new: int) -> None:
    """Serve the supergroup from now on, and tell the operator which setting to change for the next start."""
    groups: set[int] = bot_data[GROUP_CHATS]
    if old not in groups or new in groups:
        return
    groups.add(new)
    bot_data[MIGRATED][old] = new
    log.warning("group %s migrated to supergroup %s: set %s = %s in config.toml", old, new,
                setting_for(settings, old), new)


def current_id(bot_data: dict, chat_id: int) -> int:
    """The id to send to: a configured group that has migrated is reached at its supergroup."""
    return bot_data.get(MIGRATED, {}).get(chat_id, chat_id)
