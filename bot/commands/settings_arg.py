"""Load settings for a subcommand, turning a configuration error into one line and exit code 2.

Every subcommand starts here, so here the secrets the settings hold (the bot token, the webhook
secret, the database password) are masked in every log line the process will write.
"""

from __future__ import annotations

import argparse
import sys

from bot import redaction
from settings import Settings, SettingsError, load_settings


def settings_or_exit(args: argparse.Namespace) -> Settings:
    try:
        settings = load_settings(args.config)
    except SettingsError as error:
        print(f"Error de configuración: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    redaction.install(redaction.settings_secrets(settings))
    return settings
