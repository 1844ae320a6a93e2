"""`gabinete import QUÉ FILE.xlsx [--skip-errors] [--dry-run]`: contacts or efemérides from a spreadsheet.

All or nothing by default: the report is printed first, and any rejected row means nothing is
stored (exit code 1). The plan and the writes happen in one transaction, with audit rows.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.commands.settings_arg import settings_or_exit
from storage.database import open_database, transaction
from storage.xlsx.importers import IMPORTERS
from storage.xlsx.isolated import read_ahead
from storage.xlsx.plan import report_text
from storage.xlsx.reading import ImportFileError


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    path = Path(args.file)
    if not path.is_file():
        print(f"No existe el archivo {path}.", file=sys.stderr)
        return 2
    importer = IMPORTERS[args.what]
    content = path.read_bytes()
    read_ahead(content, settings.imports)  # within the limits and time, before the transaction is opened
    engine = open_database(settings.database_url)
    try:
        with transaction(engine) as session:
            try:
                plan = importer.plan(session, content, settings.imports)
            except ImportFileError as error:
                print(error, file=sys.stderr)
                return 1
            print(report_text(plan))
            print()
            if plan.rejected and not args.skip_errors:
                print("No se importó nada: corrija las filas con errores, o use --skip-errors para importar las demás.")
                return 1
            if args.dry_run:
                print("Simulación (--dry-run): no se guardó nada.")
                return 0
            importer.apply(session, plan, None, datetime.now(UTC))
    finally:
        engine.dispose()
    print(f"Importados: {len(plan.added)} nuevos, {len(plan.updated)} actualizados.")
    return 0
