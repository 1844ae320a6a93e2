"""Which chats the bot serves, where each one is reached now, and which group messages are meant for it.

Private chats are always served (access is then decided per person). In groups the bot speaks
only in the mayor's group and the departments' chats from the configuration, and there only
when addressed: a command, an @mention, or a reply to one of its messages.

When Telegram turns a configured group into a supergroup, the group gets a new id while the
configuration keeps naming the old one until someone edits it. `ChatRoutes` follows the
migrations stored in the database, so the supergroup is served and reached at once, and still
after a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session
from telegram import Chat, Message, MessageEntity

from settings import Settings
from storage.queries.chat_migrations import follow, moves, record_migration

log = logging.getLogger(__name__)

GROUP_CHATS = "group_chats"
"""`bot_data` key: the set of group ids served (`ChatRoutes.groups`, which grows when a group migrates)."""
ROUTES = "chat_routes"
"""`bot_data` key: the `ChatRoutes` that follows migrations."""


class ChatRoutes:
    """The configured groups, the supergroups they became, and the id that reaches each one now."""

    def __init__(self, settings: Settings, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self.engine = engine
        self.clock = clock
        with Session(engine) as session:
            self.moved = moves(session)
        configured = configured_groups(settings)
        self.groups = configured | {self.current(chat_id) for chat_id in configured}

    def current(self, chat_id: int) -> int:
        """The id to send to: a configured group that has migrated is reached at its supergroup."""
        return follow(self.moved, chat_id)

    def migrate(self, old: int, new: int) -> None:
        """Serve and reach the supergroup from now on; the first to store it tells the operator what to edit."""
        if old not in self.groups or self.moved.get(old) == new:
            return
        first = record_migration(self.engine, old, new, self.clock())
        self.moved[old] = new
        self.groups.add(new)
        if first:
            log.warning("group %s migrated to supergroup %s: put %s in config.toml as %s; until then the bot "
                        "follows the migration it stored", old, new, new, self._setting_for(new))

    def _setting_for(self, chat_id: int) -> str:
        """The configuration keys whose chat is now reached at `chat_id` (the mayor's group may be a department's)."""
        keys = [key for key, configured in configured_keys(self.settings) if self.current(configured) == chat_id]
        return " and ".join(keys) or "the chat id in the configuration"


def configured_keys(settings: Settings) -> list[tuple[str, int]]:
    """Each configured chat with the configuration key that holds it."""
    mayor = ("telegram.mayor_chat_id (GABINETE_TELEGRAM_MAYOR_CHAT_ID)", settings.telegram.mayor_chat_id)
    keys: list[tuple[str, int | None]] = [mayor]
    keys += [(f'chat_id of the [[departments]] entry with code = "{department.code}"', department.chat_id)
             for department in settings.departments]
    return [(key, chat_id) for key, chat_id in keys if chat_id is not None]


def configured_groups(settings: Settings) -> set[int]:
    return {chat_id for _key, chat_id in configured_keys(settings)}


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
