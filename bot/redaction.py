"""Secrets kept out of every log line and out of what `check-config` prints.

The bot token is part of every Bot API URL (`…/bot<token>/sendMessage`), so any library that logs
a URL or an error naming it (PTB's `InvalidToken`, aiohttp's redirect and connection errors, an
error page echoing the request path) writes the token to the log, where anyone reading the logs can
take the bot over. Rather than find every such line, each log record is masked as it is made: the
record factory renders the message (and any traceback) and replaces every secret, so every handler
sees the masked text, including handlers added later (a test's capture, a library's own). A crash
that escapes every handler is printed masked as well.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable
from functools import partial

from settings import Settings

MASK = "«oculto»"
MIN_SECRET = 4
"""Shorter values are not masked: replacing every "abc" in the log would hide more than it protects."""

_USERINFO_PASSWORD = re.compile(r"(://[^:/@?#]*:)([^?#]*)@")
_QUERY_PASSWORD = re.compile(r"([?&](?:password|pass|pwd|sslpassword)=)([^&#]*)", re.IGNORECASE)


def mask_url(url: str) -> str:
    """The URL with its password hidden, wherever it is: before the host (even one holding '@') or in the query."""
    url = _USERINFO_PASSWORD.sub(lambda found: f"{found[1]}****@", url)
    return _QUERY_PASSWORD.sub(lambda found: f"{found[1]}****", url)


def url_passwords(url: str) -> list[str]:
    """Every reading of the URL's password: as written, percent-decoded, and any given in the query."""
    found = [match[2] for match in _USERINFO_PASSWORD.finditer(url)]
    found += [match[2] for match in _QUERY_PASSWORD.finditer(url)]
    if not found:
        return []
    from urllib.parse import unquote  # only when needed: every command (`gabinete parse` too) starts here

    return found + [unquote(value) for value in found]


def settings_secrets(settings: Settings) -> list[str]:
    """The token (whole, and its secret half after the bot id), the webhook secret, the database password."""
    token = settings.telegram.token.strip()
    secrets = [token, token.partition(":")[2], settings.telegram.webhook_secret]
    return secrets + url_passwords(settings.database_url)


class Redactor:
    """Replaces each secret, also in the percent-encoded form a URL gives it, longest first."""

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = [secret for secret in secrets if len(secret) >= MIN_SECRET]
        if kept:
            from urllib.parse import quote
        forms = {form for secret in kept for form in (secret, quote(secret, safe=""))}
        ordered = sorted(forms, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(form) for form in ordered)) if ordered else None

    def __call__(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def record(self, record: logging.LogRecord) -> logging.LogRecord:
        """Render the record's message and traceback now, masked; handlers then use the rendered text."""
        if self._pattern is None:
            return record
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as logging does
            return record
        record.msg, record.args = self(message), None
        if record.exc_info and not record.exc_text:
            import traceback

            record.exc_text = self("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        if record.exc_text:
            record.exc_text = self(record.exc_text)
        if record.stack_info:
            record.stack_info = self(record.stack_info)
        return record


def install(secrets: Iterable[str]) -> Redactor:
    """Mask `secrets` in every log record made from now on, whichever logger makes it and handler shows it.

    Installing again (a second start in one process, a test) replaces the earlier secrets.
    """
    redactor = Redactor(secrets)
    base: Callable[..., logging.LogRecord] = getattr(logging.getLogRecordFactory(), "unmasked",
                                                     logging.getLogRecordFactory())

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        return redactor.record(base(*args, **kwargs))

    factory.unmasked = base  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
    hook = partial(_print_masked, redactor)
    hook.unmasked = getattr(sys.excepthook, "unmasked", sys.excepthook)  # type: ignore[attr-defined]
    sys.excepthook = hook
    return redactor


def _print_masked(redactor: Redactor, kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A crash's traceback goes to standard error masked too: an exception's message may quote a URL."""
    import traceback

    sys.stderr.write(redactor("".join(traceback.format_exception(kind, error, trace))))  # type: ignore[arg-type]


def uninstall() -> None:
    """Back to logging's own records and Python's own crash report (tests that install secrets undo it)."""
    factory = logging.getLogRecordFactory()
    logging.setLogRecordFactory(getattr(factory, "unmasked", factory))
    sys.excepthook = getattr(sys.excepthook, "unmasked", sys.excepthook)
