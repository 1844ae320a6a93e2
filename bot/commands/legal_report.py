"""`gabinete legal-report transparencia|lobby [--mes AAAA-MM] [--out FILE]`: a month's legal register as .xlsx.

The same workbooks the chat attaches («exporta las solicitudes de transparencia de noviembre»), for the
transparency officer or whoever uploads the Lobby register, without opening Telegram.
"""

from __future__ import annotations

import argparse
import sys
from calendar import monthrange
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session

from bot.commands.settings_arg import settings_or_exit
from bot.files import write_private
from handlers.lobby.listing import register_file
from handlers.transparency.report import report_file
from storage.database import open_database


def month(text: str | None, today: date) -> tuple[date, date]:
    """`2026-11` (or `11-2026`) as its first and last day; none given, the current month."""
    first = today.replace(day=1)
    if text:
        for pattern in ("%Y-%m", "%m-%Y", "%m/%Y"):
            try:
                first = datetime.strptime(text.strip(), pattern).date()
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"--mes: mes no válido «{text}» (use 2026-11)")
    return first, first.replace(day=monthrange(first.year, first.month)[1])


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    today = datetime.now(settings.zone).date()
    try:
        first, last = month(args.mes, today)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    engine = open_database(settings.database_url)
    try:
        with Session(engine) as session:
            if args.what == "lobby":
                filename, content, rows = register_file(session, settings, first, last)
            else:
                filename, content, rows = report_file(session, settings, first, last, today)
    finally:
        engine.dispose()
    path = Path(args.out or filename)
    try:
        write_private(path, content)
    except OSError as error:
        print(f"No se pudo escribir {path}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Exportado {path}: {rows} {'registro' if rows == 1 else 'registros'}.")
    return 0
