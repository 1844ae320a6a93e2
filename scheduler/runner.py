"""Doing a run: decide what is owed, win the right to send each message, send it, record the outcome.

Database work runs in a worker thread so the bot's event loop keeps answering people meanwhile.
A send that may have arrived (`MaybeDelivered`) is recorded as uncertain and left alone, with a
warning naming it; one that certainly failed is retried while its day lasts, from the first of its
messages that did not arrive (a long briefing goes out as several).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.reply import Reply
from scheduler import deliveries
from scheduler.outbox import Kind, Outgoing, compose, context, owed
from scheduler.plan import CatchUp, RunName, catch_up, daily_runs, run_named
from scheduler.sender import MaybeDelivered, Sender, SendFailed
from settings import Settings
from storage.housekeeping import prune_processed_keys

log = logging.getLogger(__name__)

SEND_TIMEOUT = 60.0
"""Seconds a send may take; well under `deliveries.LEASE`, so no retry starts while a try still runs."""

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class SendOutcome(StrEnum):
    SENT = "sent"
    ALREADY = "already"  # another process or an earlier run has it
    FAILED = "failed"    # recorded; the retry job tries again while its day lasts
    UNCERTAIN = "uncertain"  # went out, no answer: it may be in the chat, so it is not sent again


@dataclass(frozen=True)
class Runner:
    engine: Engine
    settings: Settings
    sender: Sender
    clock: Clock = utc_now

    def today(self, now: datetime) -> date:
        return now.astimezone(self.settings.zone).date()

    async def run(self, name: RunName) -> int:
        """Send what `name` owes today, each message once; returns how many this process sent."""
        now = self.clock()
        day = self.today(now)
        if not run_named(self.settings, name).runs_on(day):
            return 0
        sent = 0
        for outgoing, reply in await asyncio.to_thread(self._owed_with_text, name, day, now):
            held = await asyncio.to_thread(deliveries.claim, self.engine, outgoing.kind, outgoing.chat_id,
                                           outgoing.item_key, outgoing.for_day, now)
            if held is None:
                log.info("%s %s for chat %s: already decided elsewhere", outgoing.kind, outgoing.item_key,
                         outgoing.chat_id)
                continue
            sent += await self._attempt(held, outgoing, reply) == SendOutcome.SENT
        return sent

    async def catch_up(self) -> int:
        """At start-up: today's runs whose time passed while the bot was down go late, up to their cut-off."""
        now = self.clock()
        sent = 0
        for run in daily_runs(self.settings):
            decision = catch_up(run, self.settings.zone, now)
            if decision == CatchUp.SEND:
                sent += await self.run(run.name)
            elif decision == CatchUp.TOO_LATE:
                await asyncio.to_thread(self._log_skipped, run.name, self.today(now), now)
        return sent

    async def retry(self) -> int:
        """Re-send unsent messages of today whose last try failed or was abandoned (its process died)."""
        now = self.clock()
        sent = 0
        for row in await asyncio.to_thread(deliveries.retry_candidates, self.engine, self.today(now), now):
            outgoing = Outgoing(Kind(row.kind), row.chat_id, row.item_key, row.for_day)
            reply = await asyncio.to_thread(self._text, outgoing, now)
            if reply is None:
                continue
            held = await asyncio.to_thread(deliveries.claim_again, self.engine, row, now)
            if held is not None:
                sent += await self._attempt(held, outgoing, reply, skip=row.parts_sent) == SendOutcome.SENT
        return sent

    async def housekeeping(self) -> int:
        """Daily: drop idempotency keys past their retention, as the start-up does, for a bot that runs for months.

        By the real time, not `clock`: the keys are about Telegram's redeliveries, not the office's day.
        """
        pruned = await asyncio.to_thread(prune_processed_keys, self.engine, utc_now())
        log.info("housekeeping: %d idempotency keys past their retention deleted", pruned)
        return pruned

    async def send_briefing(self, day: date, force: bool = False) -> SendOutcome:
        """On demand (`gabinete briefing --send`): once per day, unless `force` sends it again anyway."""
        now = self.clock()
        if self.settings.telegram.mayor_chat_id is None:
            raise ValueError("telegram.mayor_chat_id is not configured")
        [(outgoing, reply)] = await asyncio.to_thread(self._owed_with_text, RunName.BRIEFING, day, now)
        chat = outgoing.chat_id
        held = await asyncio.to_thread(deliveries.claim, self.engine, outgoing.kind, chat, outgoing.item_key, day, now)
        if held is None:
            existing = await asyncio.to_thread(deliveries.find, self.engine, outgoing.kind, chat, outgoing.item_key)
            if not force or existing is None:
                return SendOutcome.ALREADY
            held = deliveries.Claim(existing.id or 0, existing.attempts)
        return await self._attempt(held, outgoing, reply)

    async def _attempt(self, held: deliveries.Claim, outgoing: Outgoing, reply: Reply, skip: int = 0) -> SendOutcome:
        """`skip`: how many of the reply's messages arrived on earlier tries, and are not sent again."""
        parts = None
        try:
            await asyncio.wait_for(self.sender.send(outgoing.chat_id, reply, skip), SEND_TIMEOUT)
        except MaybeDelivered as error:
            log.warning("%s %s to chat %s: no answer in time (try %d), it may have arrived; not sent again: %s",
                        outgoing.kind, outgoing.item_key, outgoing.chat_id, held.attempt, error)
            await asyncio.to_thread(deliveries.mark_uncertain, self.engine, held,
                                    f"{type(error).__name__}: {error}", self.clock())
            return SendOutcome.UNCERTAIN
        except Exception as error:
            if isinstance(error, SendFailed):
                parts = error.parts
            log.warning("%s %s to chat %s failed (try %d, %s of its messages arrived): %s", outgoing.kind,
                        outgoing.item_key, outgoing.chat_id, held.attempt, parts if parts is not None else skip, error)
            await asyncio.to_thread(deliveries.mark_failed, self.engine, held, f"{type(error).__name__}: {error}",
                                    parts)
            return SendOutcome.FAILED
        await asyncio.to_thread(deliveries.mark_sent, self.engine, held, self.clock())
        log.info("%s %s sent to chat %s", outgoing.kind, outgoing.item_key, outgoing.chat_id)
        return SendOutcome.SENT

    def _owed_with_text(self, name: RunName, day: date, now: datetime) -> list[tuple[Outgoing, Reply]]:
        with Session(self.engine) as session:
            ctx = context(session, self.settings, now)
            composed = [(outgoing, compose(ctx, outgoing)) for outgoing in owed(ctx, name, day)]
        return [(outgoing, reply) for outgoing, reply in composed if reply is not None]

    def _text(self, outgoing: Outgoing, now: datetime) -> Reply | None:
        with Session(self.engine) as session:
            return compose(context(session, self.settings, now), outgoing)

    def _log_skipped(self, name: RunName, day: date, now: datetime) -> None:
        with Session(self.engine) as session:
            planned = owed(context(session, self.settings, now), name, day)
        missing = [outgoing for outgoing in planned
                   if deliveries.find(self.engine, outgoing.kind, outgoing.chat_id, outgoing.item_key) is None]
        for outgoing in missing:
            log.warning("%s %s for chat %s skipped: the bot started at %s, after today's cut-off",
                        outgoing.kind, outgoing.item_key, outgoing.chat_id,
                        now.astimezone(self.settings.zone).strftime("%H:%M"))
