"""Retry Bot API requests on flood control (429) and on network errors that left them undone.

Plugged in through PTB's own hook (`ApplicationBuilder().rate_limiter(...)`), so every request the
bot makes (replies, edits, documents, answers to button presses) is covered without wrapping each
call. PTB's `AIORateLimiter` would need the `rate-limiter` extra and throttles all traffic; this
office sends a handful of messages, so reacting to Telegram's `retry_after` is enough. Unlike
PTB's advice for limiters, network errors are retried too, so that a "guardado R-2026-0042" is not
lost to a dropped connection. Requests Telegram refused (BadRequest, Forbidden) are never retried.

A request that went out but got no answer in time (`UnansweredRequest`) may have been carried out:
it is retried only when repeating it is harmless (reading, editing, answering a press). A message
is not sent again, since a slow Telegram then delivered the same reply twice; the user asks again
if it never came, which beats everyone getting every slow reply twice. An answer to a button press
is never worth waiting for flood control: it only stops the button's spinner (which stops by itself),
and the user's change is waiting behind it.
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

from bot.telegram.request import UnansweredRequest

log = logging.getLogger(__name__)

TRIES = 4
FIRST_BACKOFF = 0.5
SPINNER_ONLY = "answerCallbackQuery"
NOT_REPEATABLE = ("send", "copy", "forward")
"""Methods that deliver something new each time they are carried out (sendMessage, copyMessage, …)."""


def repeatable(endpoint: str) -> bool:
    """Whether carrying the request out twice does no harm (reads, edits, answers, settings)."""
    return not endpoint.startswith(NOT_REPEATABLE)


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
                if endpoint == SPINNER_ONLY:
                    log.info("%s: flood control, left unanswered (the button's spinner stops by itself)", endpoint)
                    return True
                wait = retry_seconds(error)
                log.warning("%s: flood control, waiting %.1f s (attempt %d)", endpoint, wait, attempt)
            except BadRequest:
                raise
            except UnansweredRequest:
                if not repeatable(endpoint):
                    log.warning("%s: no answer in time; not sent again, it may have arrived", endpoint)
                    raise
                wait = self.first_backoff * 2 ** (attempt - 1)
                log.warning("%s: no answer in time, retrying in %.1f s", endpoint, wait)
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
