"""The terminal transport: a prompt for people, one reply per input line for scripts."""

from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from bot.dispatcher import Dispatcher
from bot.files import write_private
from handlers.context import Actor
from handlers.reply import Reply

CONVERSATION_PREFIX = "console"
GOODBYE = {"salir", "exit", "quit", "chao"}
FAILED = "Algo falló; no se guardó nada. Intente de nuevo."


def render(reply: Reply | None, files_dir: Path) -> str:
    """Plain text with the choices listed; attached files are written to `files_dir`."""
    if reply is None:
        return ""
    lines = [reply.text]
    if reply.choices and not all(choice.value.isdigit() for choice in reply.choices):
        lines.append("  [" + " | ".join(f"{c.label}: «{c.value}»" for c in reply.choices) + "]")
    if reply.album:
        lines.append(f"  [{len(reply.album)} foto(s) enviadas como álbum en Telegram]")
    for attachment in reply.attachments:
        path = files_dir / attachment.filename
        write_private(path, attachment.content)
        lines.append(f"  Archivo guardado: {path}")
    return "\n".join(lines)


def conversation_key(actor: Actor) -> str:
    """One conversation per terminal session: two `gabinete chat` on one database never share a pending
    step (one would confirm the other's proposal). Per process, not per user: the same admin may have two
    terminals open."""
    return f"{CONVERSATION_PREFIX}:{actor.telegram_id}:{uuid.uuid4().hex[:12]}"


def converse(dispatcher: Dispatcher, actor: Actor, lines: Iterable[str], out: TextIO, echo: bool,
             files_dir: Path, key: str | None = None) -> None:
    """Answer each line in turn; an error in one line is reported and the conversation goes on."""
    key = key or conversation_key(actor)
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        if text.lower() in GOODBYE:
            break
        if echo:
            print(f"> {text}", file=out)
        try:
            reply = dispatcher.handle_text(key, actor, text)
        except Exception as error:  # one bad message must not end the session
            print(f"{FAILED} ({type(error).__name__})", file=out)
            continue
        print(render(reply, files_dir), file=out, flush=True)
        if echo:
            print(file=out)


def prompt_lines() -> Iterable[str]:
    while True:
        try:
            yield input("usted> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return


def run_console(dispatcher: Dispatcher, actor: Actor, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> None:
    _tolerant(stdin, out)
    interactive = stdin.isatty()
    if interactive:
        print("Asistente del Gabinete (consola). Escriba «ayuda» para ver qué puedo hacer, «salir» para terminar.")
    lines = prompt_lines() if interactive else stdin
    converse(dispatcher, actor, lines, out, echo=not interactive, files_dir=Path.cwd())


def _tolerant(*streams: TextIO) -> None:
    """Bytes that are not UTF-8 in a script, or a reply quoting them, become U+FFFD: with a strict
    encoding (PYTHONIOENCODING=utf-8) one such line ended the whole session with a traceback."""
    for stream in streams:
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
