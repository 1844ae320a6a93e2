"""Who is calling the Mini App's API: Telegram's signed `initData`, checked on every call.

Telegram signs the launch data it hands a Mini App with a key only it and the bot share
(https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app):
secret_key = HMAC-SHA256(key="WebAppData", msg=bot_token); hash = hex HMAC-SHA256(key=secret_key,
msg=data_check_string), where data_check_string is every received field but `hash`, as
`key=value`, sorted by key and joined by newlines. A page cannot forge it without the bot token, a
copy signed for another bot fails, and `auth_date` bounds how long a copy stays usable.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl


class InitDataError(ValueError):
    """The initData is missing, malformed, not signed with this bot's token, or too old."""


@dataclass(frozen=True)
class WebUser:
    telegram_id: int
    name: str
    auth_date: datetime


def secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode("utf-8"), hashlib.sha256).digest()


def data_check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def sign(fields: dict[str, str], bot_token: str) -> str:
    """The hash Telegram would put beside `fields` (what the tests and a local preview use)."""
    return hmac.new(secret_key(bot_token), data_check_string(fields).encode("utf-8"), hashlib.sha256).hexdigest()


def validate(init_data: str, bot_token: str, now: datetime, max_age_seconds: int) -> WebUser:
    """The user the initData was signed for; raises `InitDataError` otherwise."""
    if not init_data or not bot_token:
        raise InitDataError("sin initData")
    try:
        fields = dict(parse_qsl(init_data, keep_blank_values=True, strict_parsing=True))
    except ValueError as error:
        raise InitDataError("initData mal formado") from error
    received = fields.get("hash", "")
    if not hmac.compare_digest(sign(fields, bot_token), received):
        raise InitDataError("firma no válida")
    try:
        auth_date = datetime.fromtimestamp(int(fields["auth_date"]), tz=now.tzinfo)
        user = json.loads(fields["user"])
        telegram_id = int(user["id"])
    except (KeyError, ValueError, TypeError) as error:
        raise InitDataError("initData sin usuario o sin fecha") from error
    age = (now - auth_date).total_seconds()
    if age > max_age_seconds or age < -60:
        raise InitDataError("initData vencido")
    name = " ".join(str(user.get(part) or "") for part in ("first_name", "last_name")).strip()
    return WebUser(telegram_id, name or str(user.get("username") or telegram_id), auth_date)
