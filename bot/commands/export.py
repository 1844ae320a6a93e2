"""`gabinete export QUÉ [--desde D] [--hasta D] [--out FILE]`: a report as an .xlsx file (`agenda --ics FILE`: the
calendar feed instead, see bot/web/export_ics.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlmodel import Session

from bot.commands.days import BadDay, parse_day
from bot.commands.settings_arg import settings_or_exit
from bot.files import write_private
from storage.database import open_database
from storage.xlsx.export import export_workbook


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    if getattr(args, "ics", None):
        from bot.web.export_ics import export_ics

        return export_ics(settings, args)
    try:
        first, last = parse_day(args.desde, "--desde"), parse_day(args.hasta, "--hasta")
    except BadDay as error:
        print(error, file=sys.stderr)
        return 2
    if first and last and first > last:
        print("--desde es posterior a --hasta.", file=sys.stderr)
        return 2
    if args.out and not Path(args.out).parent.is_dir():
        print(f"--out: no existe la carpeta {Path(args.out).parent}; créela o elija otra.", file=sys.stderr)
        return 2
    engine = open_database(settings.database_url)
    try:
        with Session(engine) as session:
            exported = export_workbook(session, settings, args.what, first, last)
    finally:
        engine.dispose()
    path = Path(args.out or exported.filename)
    try:
        write_private(path, exported.content)
    except OSError as error:
        print(f"No se pudo escribir {path}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Exportado {path}: {exported.rows} {'fila' if exported.rows == 1 else 'filas'}.")
    return 0
