"""The `gabinete` command line: argument definitions here, the work in `bot/commands/<name>.py`.

Subcommand modules are imported only when chosen, so `gabinete parse` starts without loading the
database or Telegram libraries.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from storage.errors import DatabaseUnavailable

EXIT_CONFIG = 2
CONFIG_HELP = "archivo de configuración (por omisión ./config.toml o $GABINETE_CONFIG)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gabinete",
        description="Asistente del Gabinete de Alcaldía: invitaciones, agenda, protocolo, reclamos y efemérides.",
    )
    parser.add_argument("--config", help=CONFIG_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMANDO")

    parse = _command(commands, "parse", "bot.commands.parse:run",
                     "interpreta un mensaje y muestra la intención y los datos en JSON")
    parse.add_argument("text", nargs="?", help="el mensaje, entre comillas")
    parse.add_argument("--now", help="momento de referencia, hora local (2026-11-23T09:00); por omisión, ahora")
    parse.add_argument("--jsonl", action="store_true",
                       help='lee líneas {"text": ..., "now": ...} de la entrada y escribe un JSON por línea')

    chat = _command(commands, "chat", "bot.commands.chat:run",
                    "conversa con el asistente en la terminal, sin Telegram")
    chat.add_argument("--db", help="archivo SQLite a usar (por omisión el de la configuración)")
    chat.add_argument("--now", help="fija el reloj (2026-11-23T09:00) para sesiones reproducibles")
    chat.add_argument("--user", type=int, help="id de Telegram con el que se actúa (por omisión, un administrador)")

    _command(commands, "run", "bot.commands.run:run", "inicia el bot de Telegram (requiere el token)")

    _command(commands, "check-config", "bot.commands.check_config:run",
             "valida la configuración y la muestra con los secretos ocultos")

    db = _command(commands, "db", "bot.commands.db:run", "administra el esquema de la base de datos")
    db.add_argument("action", choices=["upgrade", "current"], help="upgrade: aplica migraciones; current: versión")

    briefing = _command(commands, "briefing", "bot.commands.briefing:run",
                        "muestra (o envía) el resumen diario del alcalde")
    briefing.add_argument("--date", help="día del resumen (2026-11-23); por omisión, hoy")
    briefing.add_argument("--send", action="store_true", help="lo envía al grupo del alcalde (una sola vez por día)")
    briefing.add_argument("--force", action="store_true", help="con --send, lo envía aunque ya se haya enviado")

    jobs = _command(commands, "jobs", "bot.commands.jobs:run", "lista los envíos programados")
    jobs.add_argument("--history", action="store_true", help="muestra lo ya enviado, a quién y cuándo")

    kinds = ["agenda", "invitaciones", "contactos", "reclamos", "efemerides"]
    export = _command(commands, "export", "bot.commands.export:run", "exporta a Excel (.xlsx)")
    export.add_argument("what", choices=kinds, metavar="QUÉ", help=" | ".join(kinds))
    export.add_argument("--desde", help="desde el día (2026-11-01)")
    export.add_argument("--hasta", help="hasta el día (2026-11-30)")
    export.add_argument("--out", help="archivo de salida (por omisión <qué>-<fecha>.xlsx)")
    export.add_argument("--ics", metavar="FILE",
                        help="solo con agenda: escribe el calendario iCalendar (.ics) que sirve /calendario")

    legal = _command(commands, "legal-report", "bot.commands.legal_report:run",
                     "registro legal de un mes en Excel: solicitudes de transparencia o lobby")
    legal.add_argument("what", choices=["transparencia", "lobby"], metavar="QUÉ", help="transparencia | lobby")
    legal.add_argument("--mes", help="el mes (2026-11); por omisión, el actual")
    legal.add_argument("--out", help="archivo de salida (por omisión <qué>-<desde>-<hasta>.xlsx)")

    learning = _command(commands, "aprendizaje", "bot.commands.learning:run",
                        "mensajes mal entendidos (para mejorar el léxico y los ejemplos)")
    learning.add_argument("--export", metavar="FILE", help="los escribe en formato de corpus (JSONL) para etiquetar")
    learning.add_argument("--dias", type=int, help="solo los de los últimos N días")

    imp = _command(commands, "import", "bot.commands.import_xlsx:run", "importa contactos o efemérides desde Excel")
    imp.add_argument("what", choices=["contactos", "efemerides"], metavar="QUÉ", help="contactos | efemerides")
    imp.add_argument("file", help="archivo .xlsx")
    imp.add_argument("--skip-errors", action="store_true", help="importa las filas buenas aunque haya filas con error")
    imp.add_argument("--dry-run", action="store_true", help="solo muestra lo que haría")
    return parser


def _command(commands: argparse._SubParsersAction, name: str, target: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand; `--config` is accepted after it too (`gabinete run --config FILE`), as people type it."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--config", default=argparse.SUPPRESS, help=CONFIG_HELP)
    sub.set_defaults(target=target)
    return sub


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, function_name = args.target.split(":")
    run = getattr(importlib.import_module(module_name), function_name)
    try:
        return int(run(args) or 0)
    except DatabaseUnavailable as error:
        from bot.redaction import mask_url

        print(f"No se pudo abrir la base de datos {mask_url(error.url)}: {error.cause}\n"
              f"Revise database_url (o GABINETE_DATABASE_URL) y que el servidor esté en marcha.", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
