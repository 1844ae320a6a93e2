"""Load settings for a subcommand, turning a configuration error into one line and exit code 2."""

from __future__ import annotations

import argparse
import sys

from settings import Settings, SettingsError, load_settings


def settings_or_exit(args: argparse.Namespace) -> Settings:
    try:
        return load_settings(args.config)
    except SettingsError as error:
        print(f"Error de configuración: {error}", file=sys.stderr)
        raise SystemExit(2) from None
