"""A configured group becomes a supergroup: the bot follows it at once, after a restart, and when a send is refused.

Real python-telegram-bot, dispatcher, scheduler and database against the fake Bot API; the fake
announces the migration in both chats as Telegram does, and refuses sends to the old id with the
new one (`ChatMigrated`) from then on.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

import pytest
from msgspec.structs import replace
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from settings import Settings
from storage.database import transaction
from storage.models import AuditEntry, Complaint, Event
from storage.queries.chat_migrations import moves
from tests.bot.fake_bot_api import Call, FakeBotApi
from tests.bot.telegram_harness import OBRAS_CHAT, OTHER_GROUP, STAFF, barrier, running, say, telegram_settings
from tests.scheduler.conftest import SANTIAGO, Clock

MAYOR_GROUP, MAYOR_SUPERGROUP = -4001, -1004001
OBRAS_SUPERGROUP = -1004002
BEFORE_THE_BRIEFING = datetime(2026, 11, 23, 6, 0, tzinfo=SANTIAGO)
AFTER_THE_DIGEST = datetime(2026, 11, 23, 9, 0, tzinfo=SANTIAGO)


@pytest.fixture
def settings(api: FakeBotApi) -> Settings:
    """The harness's settings (Obras has a group) plus the mayor's group."""
    base = telegram_settings(api)
    return replace(base, telegram=replace(base.telegram, mayor_chat_id=MAYOR_GROUP))


@pytest.fixture
def clock() -> Clock:
    return Clock(BEFORE_THE_BRIEFING)


def start(engine: Engine, settings: Settings, parser, clock: Clock, api: FakeBotApi):
    """A fresh bot process on the same database: nothing carried over in memory."""
    return running(build_application(Dispatcher(engine, settings, parser, clock=clock), api.token))


def calls_to(api: FakeBotApi, *chat_ids: int) -> list[Call]:
    return [call for call in api.calls if call.params.get("chat_id") in chat_ids]


def is_briefing_in(chat_id: int) -> object:
    return lambda call: call.params["chat_id"] == chat_id and call.params["text"].startswith("Resumen del")


def test_the_migration_is_stored_once_and_the_admin_told_which_setting_to_change(
        api: FakeBotApi, sqlite_engine: Engine, settings: Settings, parser, clock: Clock,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.telegram.chats")
    with start(sqlite_engine, settings, parser, clock, api):
        api.migrate_group(STAFF, MAYOR_GROUP, MAYOR_SUPERGROUP)
        say(api, STAFF, "/hoy", MAYOR_SUPERGROUP, "supergroup")  # served: it is the configured group now
    [warning] = [record.getMessage() for record in caplog.records if "migrated" in record.getMessage()]
    assert f"put {MAYOR_SUPERGROUP} in config.toml as telegram.mayor_chat_id" in warning
    with Session(sqlite_engine) as session:
        assert moves(session) == {MAYOR_GROUP: MAYOR_SUPERGROUP}
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "migrate")).all()
    assert [(entry.entity_id, entry.after) for entry in audit] == [
        (str(MAYOR_GROUP), {"new_chat_id": MAYOR_SUPERGROUP})]


def test_a_group_that_is_not_configured_is_not_followed_when_it_migrates(
        api: FakeBotApi, sqlite_engine: Engine, settings: Settings, parser, clock: Clock) -> None:
    with start(sqlite_engine, settings, parser, clock, api):
        api.migrate_group(STAFF, OTHER_GROUP, -1004999)
        api.push_text(STAFF, "/hoy", -1004999, "supergroup")
        barrier(api, STAFF)
    assert calls_to(api, -1004999) == []
    with Session(sqlite_engine) as session:
        assert moves(session) == {}


def test_after_the_groups_migrate_and_the_bot_restarts_briefing_and_digest_go_to_the_supergroups(
        api: FakeBotApi, sqlite_engine: Engine, settings: Settings, parser, clock: Clock,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.telegram.chats")
    with transaction(sqlite_engine) as session:
        session.add(Complaint(ticket="R-2026-0007", description="bache en calle Prat", department="obras",
                              created_at=datetime(2026, 11, 22, 12, 0, tzinfo=SANTIAGO)))
    with start(sqlite_engine, settings, parser, clock, api):
        api.migrate_group(STAFF, MAYOR_GROUP, MAYOR_SUPERGROUP)
        api.migrate_group(STAFF, OBRAS_CHAT, OBRAS_SUPERGROUP)
        barrier(api, STAFF)
    assert calls_to(api, MAYOR_GROUP, OBRAS_CHAT, MAYOR_SUPERGROUP, OBRAS_SUPERGROUP) == []
    assert f'put {OBRAS_SUPERGROUP} in config.toml as chat_id of the [[departments]] entry with code = "obras"' \
        in caplog.text

    clock.now = AFTER_THE_DIGEST
    with start(sqlite_engine, settings, parser, clock, api):
        api.wait_for(where=is_briefing_in(MAYOR_SUPERGROUP))
        [digest] = api.wait_for(where=lambda call: call.params["chat_id"] == OBRAS_SUPERGROUP)
        [answer] = say(api, STAFF, "/hoy", OBRAS_SUPERGROUP, "supergroup")
    assert "R-2026-0007" in digest.params["text"]
    assert answer.params["reply_parameters"]["message_id"] > 0
    assert calls_to(api, MAYOR_GROUP, OBRAS_CHAT) == []
    assert len(calls_to(api, MAYOR_SUPERGROUP)) == 1


def test_a_briefing_refused_at_the_old_id_goes_once_to_the_supergroup_and_later_ones_go_straight_there(
        api: FakeBotApi, sqlite_engine: Engine, settings: Settings, parser, clock: Clock) -> None:
    """The bot was down when the group migrated, so the first it hears of it is Telegram refusing the briefing."""
    with transaction(sqlite_engine) as session:  # a briefing over 4,096 characters: two messages
        for n in range(60):
            session.add(Event(title=f"Reunión de coordinación territorial número {n:02d} con juntas de vecinos",
                              day=date(2026, 11, 23), start_at=AFTER_THE_DIGEST + timedelta(minutes=10 * n),
                              place="Salón municipal", created_at=BEFORE_THE_BRIEFING))
    api.migrate_group(STAFF, MAYOR_GROUP, MAYOR_SUPERGROUP, announce=False)
    clock.now = AFTER_THE_DIGEST
    with start(sqlite_engine, settings, parser, clock, api):
        first, second = api.wait_for(count=2, where=lambda call: call.params["chat_id"] == MAYOR_SUPERGROUP)
        barrier(api, STAFF)
    [refused] = calls_to(api, MAYOR_GROUP)
    assert refused.params["text"] == first.params["text"] and first.params["text"].startswith("Resumen del")
    assert len(first.params["text"]) + len(second.params["text"]) > 4096
    with Session(sqlite_engine) as session:
        assert moves(session) == {MAYOR_GROUP: MAYOR_SUPERGROUP}

    clock.now += timedelta(days=1)
    with start(sqlite_engine, settings, parser, clock, api):
        tuesday = api.wait_for(where=is_briefing_in(MAYOR_SUPERGROUP), count=2)[-1]
        barrier(api, STAFF)
    assert "martes 24" in tuesday.params["text"].lower()
    assert len(calls_to(api, MAYOR_GROUP)) == 1
