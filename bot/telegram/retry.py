"""Retry every Bot API request on flood control (429) and on transient network errors.

Plugged in through PTB's own hook (`ApplicationBuilder().rate_limiter(...)`), so every request the
bot makes (replies, edits, documents, answers to button presses) is covered without wrapping each
call. PTB's `AIORateLimiter` would need the `rate-limiter` extra and throttles all traffic; this
office sends a handful of messages, so reacting to Telegram's `retry_after` is enough. Unlike
PTB's advice for limiters, network errors are retried too: a reply sent twice is better than a
"guardado R-2026-0042" lost. Requests Telegram refused (BadRequest, Forbidden) are never retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

TRIES = 4
FIRST_BACKOFF = 0.5


class RetryingLimiter(BaseRateLimiter[None]):
    def __init__(self, tries: int = TRIES, first_backoff: float = FIRST_BACKOFF) -> None:
        self.tries = tries
        self.first_backoff = first_backoff

    async def initialize(self) -> None:
        """Nothing to set up: no throttling state is kept."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        for attempt in range(1, self.tries):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = retry_seconds(error)
                log.warning("%s: flood control, waiting %.1f s (attempt %d)", endpoint, wait, attempt)
            except BadRequest:
                raise
            except NetworkError as error:
                wait = self.first_backoff * 2 ** (attempt - 1)
                log.warning("%s: network error (%s), retrying in %.1f s", endpoint, error, wait)
            await asyncio.sleep(wait)
        return await callback(*args, **kwargs)


def retry_seconds(error: RetryAfter) -> float:
    """`retry_after` is an int or a timedelta depending on PTB_TIMEDELTA (PTB 22 transition)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
