"""`gabinete run`: the Telegram bot, by long polling, or by webhook when `telegram.webhook_url` is set."""

from __future__ import annotations

import argparse
import gc
import importlib.util
import logging
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from bot.commands.settings_arg import settings_or_exit
from settings import Settings

if TYPE_CHECKING:
    from telegram.ext import Application

log = logging.getLogger(__name__)

BOOTSTRAP_RETRIES = 5
"""Start-up calls (deleteWebhook / setWebhook) retried while the network comes up."""

NO_TOKEN = """Falta el token del bot de Telegram.
  1. En Telegram, hable con @BotFather, envíele /newbot y siga los pasos: al final le entrega el token.
  2. Póngalo en la variable de entorno GABINETE_TELEGRAM_TOKEN=123456:ABC...
     o en config.toml, sección [telegram], clave token = "123456:ABC...".
Para probar el asistente sin Telegram use `make chat` (o `gabinete chat`)."""

REJECTED_TOKEN = """Telegram rechazó el token del bot (el que termina en …{tail}).
Revise GABINETE_TELEGRAM_TOKEN o [telegram] token: cópielo de nuevo desde @BotFather (/mybots > API Token)."""

NO_WEBHOOK_SERVER = """telegram.webhook_url está configurado, pero falta el servidor web de python-telegram-bot.
Instálelo con: pip install "python-telegram-bot[webhooks]"  (o deje webhook_url vacío para usar long polling)."""


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    token = settings.telegram.token.strip()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.telegram.webhook_url and importlib.util.find_spec("tornado") is None:
        print(NO_WEBHOOK_SERVER, file=sys.stderr)
        return 2
    _configure_logging()
    from telegram.error import InvalidToken, TelegramError  # the Telegram libraries load only past the checks

    from bot.assembly import build_dispatcher
    from bot.telegram.app import ALLOWED_UPDATES, build_application

    application = build_application(build_dispatcher(settings), token)
    _freeze_start_up_objects()
    try:
        if settings.telegram.webhook_url:
            _run_webhook(application, settings, ALLOWED_UPDATES)
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=BOOTSTRAP_RETRIES,
                                    close_loop=False)
    except InvalidToken:
        print(REJECTED_TOKEN.format(tail=token[-4:]), file=sys.stderr)
        return 2
    except TelegramError as error:  # PTB's message may quote the URL; logged masked, said in one line
        log.error("the bot stopped: %s", error, exc_info=error)
        print(f"El bot se detuvo: no se pudo hablar con Telegram ({type(error).__name__}); vea el registro.",
              file=sys.stderr)
        return 1
    finally:
        _close_connections(application)
    return 0


def _close_connections(application: Application) -> None:
    """Close the Bot API connections, also when start-up failed (PTB only shuts down what it finished
    starting, and asyncio then logs every unclosed connection on exit), and then the loop."""
    import asyncio

    loop = asyncio.get_event_loop()
    loop.run_until_complete(application.bot.shutdown())
    loop.close()


def _run_webhook(application: Application, settings: Settings, allowed: list[str]) -> None:
    telegram = settings.telegram
    application.run_webhook(
        listen=telegram.webhook_listen, port=telegram.webhook_port,
        url_path=urlparse(telegram.webhook_url).path.lstrip("/"), webhook_url=telegram.webhook_url,
        secret_token=telegram.webhook_secret or None, allowed_updates=allowed, bootstrap_retries=BOOTSTRAP_RETRIES,
        close_loop=False,
    )


def _freeze_start_up_objects() -> None:
    """Keep the start-up heap out of every later full garbage collection.

    What start-up builds (the parser's lexicon, SQLAlchemy's mappers, PTB's classes: ~140,000
    objects) lives as long as the process, yet each full collection walked all of it: 60-110 ms
    with the event loop stopped, every few seconds under load, the whole p99 of the replies.
    """
    gc.collect()
    gc.freeze()


def _configure_logging() -> None:
    """One line per update from our loggers; httpx would log every request URL, and the URL holds the token.

    Whatever still names a secret (PTB's errors quote the token, error pages echo the request path)
    is masked in every record: `settings_or_exit` installed the masking (`bot/redaction.py`).
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
