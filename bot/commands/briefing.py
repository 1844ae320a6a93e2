"""`gabinete briefing`: print the mayor's briefing for a day, or send it to the mayor's chat once.

Sending goes through the same exactly-once bookkeeping as the scheduled job: if the bot (or an
earlier `--send`) already sent that day's briefing, it is not sent again unless `--force`.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session
from telegram.constants import ParseMode
from telegram.ext import Defaults, ExtBot

from bot.commands.days import BadDay, parse_day
from bot.commands.settings_arg import settings_or_exit
from bot.telegram.chats import ChatRoutes
from bot.telegram.delivery import TelegramSender
from bot.telegram.request import AiohttpRequest
from bot.telegram.retry import RetryingLimiter
from handlers.briefing import compose
from scheduler.outbox import context
from scheduler.runner import Runner, SendOutcome, utc_now
from settings import Settings
from storage.database import open_database

OUTCOMES = {
    SendOutcome.SENT: "Resumen del {day} enviado al chat {chat}.",
    SendOutcome.ALREADY: "El resumen del {day} ya fue enviado (o se está enviando) al chat {chat}; "
                         "use --force para enviarlo de nuevo.",
    SendOutcome.FAILED: "No se pudo enviar el resumen del {day}: quedó registrado y el bot lo reintentará "
                        "mientras sea ese día.",
    SendOutcome.UNCERTAIN: "Telegram no confirmó a tiempo el resumen del {day} al chat {chat}: puede haber "
                           "llegado, así que no se reenvía solo; revise el chat (--force lo envía de nuevo).",
}


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    try:
        day = parse_day(args.date, "--date") or utc_now().astimezone(settings.zone).date()
    except BadDay as error:
        print(error, file=sys.stderr)
        return 2
    if args.force and not args.send:
        print("--force solo sirve junto con --send.", file=sys.stderr)
        return 2
    chat = settings.telegram.mayor_chat_id
    if args.send and (not settings.telegram.token.strip() or chat is None):
        print("Para enviar hacen falta telegram.token y telegram.mayor_chat_id en la configuración.", file=sys.stderr)
        return 2
    engine = open_database(settings.database_url)
    if not args.send:
        with Session(engine) as session:
            print(compose(context(session, settings, utc_now()), day).text)
        return 0
    routes = ChatRoutes(settings, engine, utc_now)
    outcome = asyncio.run(_send(engine, settings, routes, day, args.force))
    print(OUTCOMES[outcome].format(day=day.isoformat(), chat=routes.current(chat)))
    return 1 if outcome in (SendOutcome.FAILED, SendOutcome.UNCERTAIN) else 0


async def _send(engine: Engine, settings: Settings, routes: ChatRoutes, day: date, force: bool) -> SendOutcome:
    bot = ExtBot(settings.telegram.token.strip(), base_url=settings.telegram.api_base_url,
                 base_file_url=settings.telegram.api_file_url, defaults=Defaults(parse_mode=ParseMode.HTML),
                 request=AiohttpRequest(), rate_limiter=RetryingLimiter())
    async with bot:
        return await Runner(engine, settings, TelegramSender(bot, routes)).send_briefing(day, force=force)
