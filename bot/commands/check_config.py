"""`gabinete check-config`: show the effective settings so an operator can see what will run."""

from __future__ import annotations

import argparse
import json

from bot.commands.settings_arg import settings_or_exit
from bot.redaction import mask_url
from settings import settings_as_builtins

SECRET_KEYS = {"token", "webhook_secret"}


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    data = settings_as_builtins(settings)
    _mask(data)
    data["database_url"] = mask_url(data["database_url"])
    print(json.dumps(data, ensure_ascii=False, indent=2))
    print("Configuración válida.")
    return 0


def _mask(node: object) -> None:
    """Replace secrets in place, keeping their last four characters so two tokens can be told apart."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SECRET_KEYS and isinstance(value, str) and value:
                node[key] = "****" + value[-4:] if len(value) > 8 else "****"
            else:
                _mask(value)
    elif isinstance(node, list):
        for item in node:
            _mask(item)
