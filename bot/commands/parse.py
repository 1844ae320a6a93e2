"""`gabinete parse`: show what the parser understands, for one message or a JSON-lines stream.

Kept light on purpose (no database, no Telegram, no dateparser): it is what the scorer and the
staff run to check a phrasing, and it must start in well under a third of a second.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.commands.settings_arg import settings_or_exit
from handlers.working_days import is_public_holiday
from nlu import DepartmentRoute, Parser


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    parser = Parser([DepartmentRoute(d.code, d.words, d.name) for d in settings.departments],
                    public_holiday=is_public_holiday)
    zone = ZoneInfo(settings.timezone)

    def default_now() -> datetime:
        return datetime.now(zone).replace(tzinfo=None, second=0, microsecond=0)

    if args.jsonl:
        lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        stream(parser, lines, sys.stdout, default_now)
        return 0
    if args.text is None:
        print("Falta el mensaje: gabinete parse \"texto\" (o --jsonl para leer líneas JSON)", file=sys.stderr)
        return 2
    try:
        now = parse_now(args.now) if args.now else default_now()
    except ValueError as error:
        print(f"--now no válido: {error}", file=sys.stderr)
        return 2
    print(dump(parser.parse(args.text, now).as_json()))
    return 0


def stream(parser: Parser, lines: Iterable[str], out: TextIO, default_now: Callable[[], datetime]) -> None:
    """One result per input line, in order and flushed, so a pipe sees each at once and can zip them.

    A scorer zips its cases with these lines: one line that cannot be understood (not JSON, a wrong
    `now`, nested too deep, or a fault of ours) gets an error line of its own and never ends the stream.
    """
    for line in lines:
        try:
            result = _understood(parser, line, default_now)
        except Exception as error:  # one line's failure must not silence the lines after it
            result = {"intent": "unknown", "slots": {}, "error": f"{type(error).__name__}: {error}"}
        out.write(dump(result) + "\n")
        out.flush()


def _understood(parser: Parser, line: str, default_now: Callable[[], datetime]) -> dict[str, object]:
    item = json.loads(line)
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError('se espera {"text": "...", "now": "..."}')
    now = parse_now(item["now"]) if item.get("now") else default_now()
    return parser.parse(item["text"], now).as_json()


def dump(result: dict[str, object]) -> str:
    """JSON for one result, as UTF-8 text where it can be; a lone surrogate that came in escaped
    ("\\ud800") goes out escaped, since no UTF-8 stream can carry it."""
    text = json.dumps(result, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(result, ensure_ascii=True)
    return text


def parse_now(text: str) -> datetime:
    """Local wall time; an offset, if given, is dropped because the moment is already local."""
    return datetime.fromisoformat(str(text)).replace(tzinfo=None)
