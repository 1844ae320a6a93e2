"""A `Reply` as Telegram messages: HTML-escaped text in parts of at most 4,096 characters, buttons.

Replies are plain text written by the handlers but full of what users typed (names, places,
descriptions), so every character is escaped before Telegram parses it as HTML.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.reply import Choice, Reply

log = logging.getLogger(__name__)

MAX_LENGTH = 4096
MAX_CALLBACK_BYTES = 64
SHORT_LABEL = 14
"""Up to three buttons whose labels are this short share one row (Confirmar | Cancelar)."""


@dataclass(frozen=True)
class Part:
    text: str
    markup: InlineKeyboardMarkup | None = None


def render(reply: Reply) -> list[Part]:
    """The reply's text escaped and split on line boundaries; the buttons ride on the last part."""
    chunks = split(html.escape(reply.text, quote=False) or "…")
    markup = keyboard(reply.choices)
    return [Part(chunk) for chunk in chunks[:-1]] + [Part(chunks[-1], markup)]


def split(text: str, limit: int = MAX_LENGTH) -> list[str]:
    """Whole lines per part; a single line longer than `limit` is cut, never inside an HTML entity."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while len(line) > limit:
            cut = _cut(line, limit)
            parts.append(line[:cut])
            line = line[cut:]
        current = line
    parts.append(current)
    return parts


def _cut(line: str, limit: int) -> int:
    """The last position ≤ limit that is not inside an escape such as `&amp;`."""
    ampersand = line.rfind("&", max(0, limit - 8), limit)
    if ampersand != -1 and ";" not in line[ampersand:limit]:
        return ampersand
    return limit


def keyboard(choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """Buttons whose value fits Telegram's 64-byte callback data; the text lists every option anyway."""
    buttons = []
    for choice in choices:
        if len(choice.value.encode()) > MAX_CALLBACK_BYTES:
            log.warning("choice value of %d bytes left without a button", len(choice.value.encode()))
            continue
        buttons.append(InlineKeyboardButton(choice.label, callback_data=choice.value))
    if not buttons:
        return None
    if len(buttons) <= 3 and all(len(button.text) <= SHORT_LABEL for button in buttons):
        return InlineKeyboardMarkup([buttons])
    return InlineKeyboardMarkup([[button] for button in buttons])
