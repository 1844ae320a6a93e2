"""`gabinete db upgrade|current`: apply or show schema migrations (start-up also upgrades)."""

from __future__ import annotations

import argparse

from bot.commands.settings_arg import settings_or_exit
from storage.database import current_revision, make_engine, upgrade


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    engine = make_engine(settings.database_url)
    if args.action == "upgrade":
        upgrade(engine)
        print(f"Esquema al día (versión {current_revision(engine)}).")
    else:
        print(current_revision(engine) or "sin migraciones aplicadas")
    return 0
