"""The briefing goes once: two processes, a restart, a late start, a failed send and its retries."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from scheduler import deliveries
from scheduler.outbox import Kind
from scheduler.plan import RunName
from scheduler.runner import Runner
from storage.database import make_engine
from storage.models import Delivery

SANTIAGO = ZoneInfo("America/Santiago")
BRIEFING_TIME = datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO)


def second_process(engine: Engine) -> Engine:
    """Another engine (connection pool) on the same database, as a second bot process would have."""
    return make_engine(engine.url.render_as_string(hide_password=False))


def rows(engine: Engine) -> list[Delivery]:
    with Session(engine) as session:
        return list(session.exec(select(Delivery).order_by(Delivery.id)).all())


def test_two_processes_at_0730_send_the_briefing_once(engine, settings, sender, clock) -> None:
    other = second_process(engine)
    try:
        first, second = Runner(engine, settings, sender, clock), Runner(other, settings, sender, clock)

        async def both() -> list[int]:
            return await asyncio.gather(first.run(RunName.BRIEFING), second.run(RunName.BRIEFING))

        assert sorted(asyncio.run(both())) == [0, 1]
    finally:
        other.dispose()
    assert len(sender.texts(settings.telegram.mayor_chat_id)) == 1
    assert [(row.kind, row.item_key, row.attempts) for row in rows(engine)] == [("briefing", "2026-11-23", 1)]
    assert rows(engine)[0].sent_at is not None


def test_a_restart_at_0730_30_does_not_send_it_again(engine, settings, sender, clock) -> None:
    asyncio.run(Runner(engine, settings, sender, clock).run(RunName.BRIEFING))
    clock.now = BRIEFING_TIME + timedelta(seconds=30)
    restarted = second_process(engine)
    try:
        assert asyncio.run(Runner(restarted, settings, sender, clock).catch_up()) == 0
    finally:
        restarted.dispose()
    assert len(sender.texts()) == 1


def test_a_start_at_0900_after_downtime_sends_the_briefing_once(engine, settings, sender, clock) -> None:
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=SANTIAGO)
    runner = Runner(engine, settings, sender, clock)
    asyncio.run(runner.catch_up())
    clock.now += timedelta(minutes=5)
    asyncio.run(runner.catch_up())  # and a second restart a few minutes later
    assert [text.splitlines()[0] for text in sender.texts()] == ["Resumen del lunes 23 de noviembre"]


def test_a_start_at_1300_skips_the_briefing_and_says_so(engine, settings, sender, clock, caplog) -> None:
    clock.now = datetime(2026, 11, 23, 13, 0, tzinfo=SANTIAGO)
    with caplog.at_level(logging.WARNING, logger="scheduler.runner"):
        asyncio.run(Runner(engine, settings, sender, clock).catch_up())
    assert sender.texts() == []
    assert rows(engine) == []
    assert "briefing 2026-11-23" in caplog.text and "skipped" in caplog.text


def test_a_failed_send_is_retried_after_the_lease_and_goes_once(engine, settings, sender, clock) -> None:
    sender.failures = 1
    runner = Runner(engine, settings, sender, clock)
    assert asyncio.run(runner.run(RunName.BRIEFING)) == 0
    [failed] = rows(engine)
    assert (failed.sent_at, failed.attempts) == (None, 1)
    assert "429" in (failed.last_error or "")

    clock.now += timedelta(minutes=1)
    assert asyncio.run(runner.retry()) == 0  # still within the lease of the failed try
    clock.now += deliveries.LEASE
    assert asyncio.run(runner.retry()) == 1
    clock.now += deliveries.LEASE
    assert asyncio.run(runner.retry()) == 0
    assert asyncio.run(runner.run(RunName.BRIEFING)) == 0  # a misfired job firing late changes nothing
    [sent] = rows(engine)
    assert sent.sent_at is not None and sent.attempts == 2
    assert len(sender.texts()) == 1


def test_failing_retries_keep_counting_until_one_goes(engine, settings, sender, clock) -> None:
    sender.failures = 3
    runner = Runner(engine, settings, sender, clock)
    asyncio.run(runner.run(RunName.BRIEFING))
    for _ in range(3):
        clock.now += deliveries.LEASE + timedelta(seconds=1)
        asyncio.run(runner.retry())
    [row] = rows(engine)
    assert (row.attempts, row.sent_at is not None) == (4, True)
    assert len(sender.texts()) == 1


def test_a_process_that_crashed_after_deciding_is_covered_by_exactly_one_retrier(engine, settings, sender,
                                                                                   clock) -> None:
    """Process A inserted the row and died before sending; B and C both look for abandoned rows."""
    chat = settings.telegram.mayor_chat_id
    assert deliveries.claim(engine, Kind.BRIEFING, chat, "2026-11-23", BRIEFING_TIME.date(), clock.now) is not None
    clock.now += deliveries.LEASE + timedelta(seconds=1)
    other = second_process(engine)
    try:
        b, c = Runner(engine, settings, sender, clock), Runner(other, settings, sender, clock)

        async def both() -> list[int]:
            return await asyncio.gather(b.retry(), c.retry())

        assert sorted(asyncio.run(both())) == [0, 1]
        clock.now += timedelta(seconds=30)
        assert asyncio.run(c.retry()) == 0
    finally:
        other.dispose()
    assert len(sender.texts(chat)) == 1


def test_a_retry_in_progress_is_not_taken_over_even_when_the_row_is_old(engine, settings, clock) -> None:
    """After a long outage the row is hours old, but the lease runs from the start of the current try."""
    chat = settings.telegram.mayor_chat_id
    deliveries.claim(engine, Kind.BRIEFING, chat, "2026-11-23", BRIEFING_TIME.date(), clock.now)
    clock.now += timedelta(hours=3)
    [stale] = deliveries.retry_candidates(engine, BRIEFING_TIME.date(), clock.now)
    assert deliveries.claim_again(engine, stale, clock.now) is not None
    assert deliveries.claim_again(engine, stale, clock.now) is None  # the same stale view loses the compare-and-set
    assert deliveries.retry_candidates(engine, BRIEFING_TIME.date(), clock.now + timedelta(seconds=30)) == []
    assert len(deliveries.retry_candidates(engine, BRIEFING_TIME.date(), clock.now + deliveries.LEASE)) == 1


def test_an_unsent_briefing_is_not_retried_once_its_day_is_over(engine, settings, sender, clock) -> None:
    sender.failures = 1
    runner = Runner(engine, settings, sender, clock)
    asyncio.run(runner.run(RunName.BRIEFING))
    clock.now = datetime(2026, 11, 24, 0, 30, tzinfo=SANTIAGO)
    assert asyncio.run(runner.retry()) == 0
    assert sender.texts() == []


def test_briefing_send_on_demand_respects_exactly_once_unless_forced(engine, settings, sender, clock) -> None:
    runner = Runner(engine, settings, sender, clock)
    day = BRIEFING_TIME.date()
    assert asyncio.run(runner.send_briefing(day)) == "sent"
    assert asyncio.run(runner.run(RunName.BRIEFING)) == 0
    assert asyncio.run(runner.send_briefing(day)) == "already"
    assert asyncio.run(runner.send_briefing(day, force=True)) == "sent"
    assert len(sender.texts()) == 2
    assert len(rows(engine)) == 1
