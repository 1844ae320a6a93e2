"""`gabinete chat`: the assistant on a terminal, with no Telegram token, on a local SQLite file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import msgspec

from bot.access import console_actor
from bot.assembly import build_dispatcher
from bot.commands.days import BadDay, parse_moment
from bot.commands.settings_arg import settings_or_exit
from bot.console import run_console


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    if args.db:
        settings = msgspec.structs.replace(settings, database_url=f"sqlite:///{Path(args.db).resolve().as_posix()}")
    clock = None
    if args.now:
        try:
            fixed = parse_moment(args.now, "--now", settings.zone)
        except BadDay as error:
            print(error, file=sys.stderr)
            return 2
        clock = lambda: fixed  # noqa: E731  (a fixed clock for reproducible sessions)
    dispatcher = build_dispatcher(settings, clock)
    run_console(dispatcher, console_actor(settings, args.user))
    return 0
