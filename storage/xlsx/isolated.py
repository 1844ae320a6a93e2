"""Reading a workbook in a separate process, with a time limit and a memory ceiling.

The limits in `package.py` and `reading.py` refuse the hostile files we know of, but a workbook
is still parsed by a lot of Python; in the bot's own process that would hold the interpreter (and,
inside the dispatcher's transaction, the SQLite write lock) while other chats wait. In a child
process the parse runs beside the bot, is killed when it outlives `imports.read_seconds`, and
cannot take more than `MEMORY_CEILING` of memory. The parsed values come back pickled (from our
own child only) and are kept in `reading.RECENT` for the preview and the commit to find.

Run as `python -m storage.xlsx.isolated`: the limits and the file arrive pickled on standard
input, the outcome (a `Workbook`, or the refusal's message) leaves pickled on standard output.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

from settings.model import ImportSettings
from storage.xlsx.errors import ImportFileError
from storage.xlsx.reading import RECENT, Workbook, read_workbook

MEMORY_CEILING = 1024 * 1024 * 1024
"""Address space the child may use: far above any workbook within the limits, far below harm."""
TOO_SLOW = ("La planilla tardó más de {seconds:g} s en leerse (imports.read_seconds) y dejé de intentarlo. "
            "Divídala en partes más pequeñas.")
FAILED = "No pude leer la planilla (el lector se detuvo). Revise que sea un .xlsx guardado con Excel."


def read_ahead(content: bytes, limits: ImportSettings) -> None:
    """Read `content` in a child process and keep the outcome, so the import finds it read.

    Blocking: the bot calls it in a worker thread, which only waits on the child (no interpreter
    lock held), before the dispatcher starts the import's transaction.
    """
    try:
        RECENT.keep(content, read_isolated(content, limits))
    except ImportFileError as error:
        RECENT.keep(content, error)


def read_isolated(content: bytes, limits: ImportSettings) -> Workbook:
    """`read_workbook` in a child process; `ImportFileError` for a refusal, a timeout or a crashed child."""
    try:
        finished = subprocess.run([sys.executable, "-m", __name__], input=pickle.dumps((content, limits)),
                                  capture_output=True, timeout=limits.read_seconds, check=False)
    except subprocess.TimeoutExpired:
        raise ImportFileError(TOO_SLOW.format(seconds=limits.read_seconds)) from None
    if finished.returncode != 0:
        raise ImportFileError(FAILED)
    outcome = pickle.loads(finished.stdout)  # written by our own child, never by the user
    if isinstance(outcome, str):
        raise ImportFileError(outcome)
    return outcome


def _child() -> None:
    """Cap this process's memory, read, and answer with the workbook or the refusal's text."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this platform: the time limit still holds
    content, limits = pickle.load(sys.stdin.buffer)
    try:
        outcome: Workbook | str = read_workbook(content, limits)
    except ImportFileError as error:
        outcome = str(error)
    sys.stdout.buffer.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _child()
