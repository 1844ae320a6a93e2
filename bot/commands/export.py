"""`gabinete export QUÉ [--desde D] [--hasta D] [--out FILE]`: a report as an .xlsx file (`agenda --ics FILE`: the
calendar feed instead, see bot/web/export_ics.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session

from bot.commands.settings_arg import settings_or_exit
from storage.database import open_database
from storage.xlsx.export import export_workbook


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    if getattr(args, "ics", None):
        from bot.web.export_ics import export_ics

        return export_ics(settings, args)
    try:
        first, last = parse_day(args.desde, "--desde"), parse_day(args.hasta, "--hasta")
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if first and last and first > last:
        print("--desde es posterior a --hasta.", file=sys.stderr)
        return 2
    engine = open_database(settings.database_url)
    try:
        with Session(engine) as session:
            exported = export_workbook(session, settings, args.what, first, last)
    finally:
        engine.dispose()
    path = Path(args.out or exported.filename)
    path.write_bytes(exported.content)
    print(f"Exportado {path}: {exported.rows} {'fila' if exported.rows == 1 else 'filas'}.")
    return 0


def parse_day(text: str | None, option: str) -> date | None:
    """2026-11-01 or 01-11-2026 (as written in Chile)."""
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{option}: fecha no válida «{text}» (use 2026-11-01 o 01-11-2026)")
