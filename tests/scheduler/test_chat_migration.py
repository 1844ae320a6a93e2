"""A configured group that became a supergroup: the scheduler's messages follow it, and none goes twice."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from bot.cli import main
from scheduler.plan import RunName
from scheduler.runner import Runner, SendOutcome
from scheduler.upcoming import upcoming
from storage.database import open_database, transaction
from storage.models import Complaint, Delivery
from storage.queries.chat_migrations import moves, record_migration
from tests.bot.fake_bot_api import FakeBotApi
from tests.scheduler.conftest import ASEO_CHAT, MAYOR_CHAT, SANTIAGO

SUPERGROUP = -1001001
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MONDAY = date(2026, 11, 23)


def chats_sent_to(sender) -> list[int]:
    return [chat for chat, _reply in sender.sent]


def test_after_a_migration_the_briefing_goes_to_the_supergroup(engine, settings, sender, clock) -> None:
    record_migration(engine, MAYOR_CHAT, SUPERGROUP, NOW)
    assert asyncio.run(Runner(engine, settings, sender, clock).run(RunName.BRIEFING)) == 1
    assert chats_sent_to(sender) == [SUPERGROUP]
    assert sender.sent[0][1].text.startswith("Resumen del")


def test_a_briefing_sent_before_the_migration_is_not_sent_again_after_it(engine, settings, sender, clock) -> None:
    runner = Runner(engine, settings, sender, clock)
    assert asyncio.run(runner.run(RunName.BRIEFING)) == 1
    record_migration(engine, MAYOR_CHAT, SUPERGROUP, NOW)
    assert asyncio.run(runner.catch_up()) == 0
    assert asyncio.run(runner.send_briefing(MONDAY)) == SendOutcome.ALREADY
    assert chats_sent_to(sender) == [MAYOR_CHAT]
    with Session(engine) as session:
        assert [row.chat_id for row in session.exec(select(Delivery))] == [SUPERGROUP]


def test_a_department_digest_follows_a_chain_of_migrations(engine, settings, sender, clock) -> None:
    with transaction(engine) as session:
        session.add(Complaint(ticket="R-2026-0001", description="microbasural en la esquina", department="aseo",
                              created_at=datetime(2026, 11, 22, 12, 0, tzinfo=SANTIAGO)))
    record_migration(engine, ASEO_CHAT, -1002001, NOW)
    record_migration(engine, -1002001, -1002002, NOW)
    clock.now = datetime(2026, 11, 23, 8, 30, tzinfo=SANTIAGO)
    assert asyncio.run(Runner(engine, settings, sender, clock).run(RunName.COMPLAINTS)) == 1
    assert chats_sent_to(sender) == [-1002002]
    assert "R-2026-0001" in sender.sent[0][1].text


def test_the_briefing_sent_on_demand_goes_to_the_supergroup_once(engine, settings, sender, clock) -> None:
    record_migration(engine, MAYOR_CHAT, SUPERGROUP, NOW)
    runner = Runner(engine, settings, sender, clock)
    assert asyncio.run(runner.send_briefing(MONDAY)) == SendOutcome.SENT
    assert asyncio.run(runner.send_briefing(MONDAY)) == SendOutcome.ALREADY
    assert chats_sent_to(sender) == [SUPERGROUP]


def test_the_coming_messages_list_names_the_supergroup(engine, settings, clock) -> None:
    record_migration(engine, MAYOR_CHAT, SUPERGROUP, NOW)
    clock.now = datetime(2026, 11, 23, 6, 0, tzinfo=SANTIAGO)
    briefings = [item.outgoing for item in upcoming(engine, settings, clock.now, days=0)
                 if item.outgoing.kind == "briefing"]
    assert [outgoing.chat_id for outgoing in briefings] == [SUPERGROUP]


def test_the_briefing_sent_from_the_command_line_follows_a_group_that_became_a_supergroup(
        tmp_path, capsys, caplog: pytest.LogCaptureFixture) -> None:
    url = f"sqlite:///{tmp_path / 'send.db'}"
    caplog.set_level(logging.WARNING, logger="bot.telegram.chats")
    with FakeBotApi() as api:
        path = tmp_path / "send.toml"
        path.write_text(f'database_url = "{url}"\n[telegram]\ntoken = "{api.token}"\nmayor_chat_id = {MAYOR_CHAT}\n'
                        f'api_base_url = "{api.base_url}"\napi_file_url = "{api.file_url}"\n', encoding="utf-8")
        api.migrate_group(0, MAYOR_CHAT, SUPERGROUP, announce=False)
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 0
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 0
        calls = api.sent()
    out = capsys.readouterr().out
    assert f"enviado al chat {SUPERGROUP}." in out and "ya fue enviado" in out
    assert [call.params["chat_id"] for call in calls] == [MAYOR_CHAT, SUPERGROUP]
    assert f"put {SUPERGROUP} in config.toml as telegram.mayor_chat_id" in caplog.text
    engine = open_database(url)
    with Session(engine) as session:
        assert moves(session) == {MAYOR_CHAT: SUPERGROUP}
    engine.dispose()
