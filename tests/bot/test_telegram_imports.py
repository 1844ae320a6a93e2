"""Spreadsheets sent to the bot: read in a separate process, so one workbook never holds up other chats,
and refused with one line naming the limit when hostile."""

from __future__ import annotations

import threading

import pytest
from msgspec.structs import replace
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from settings.model import ImportSettings
from storage.models import Contact
from storage.xlsx import isolated
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import ADMIN, MONDAY_MORNING, STAFF, replies_to, running, say, telegram_settings
from tests.storage import hostile_xlsx
from tests.storage.xlsx_files import xlsx_bytes

CONTACTS = xlsx_bytes(["Nombre", "Cargo", "Teléfono"],
                      *([f"Persona {n}", "Concejal", f"+56 9 {5000_0000 + n}"] for n in range(3000)))


@pytest.fixture
def dispatcher(sqlite_engine: Engine, parser, api: FakeBotApi) -> Dispatcher:
    settings = replace(telegram_settings(api), imports=ImportSettings(read_seconds=60))
    return Dispatcher(sqlite_engine, settings, parser, clock=lambda: MONDAY_MORNING)


def contacts(engine: Engine) -> list[Contact]:
    with Session(engine) as session:
        return list(session.exec(select(Contact)))


def test_another_chat_is_answered_while_a_workbook_is_being_read(bot: FakeBotApi, dispatcher: Dispatcher,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The workbook's reading is held open until the other user's reply has come: with the read on the
    event loop, or inside the import's transaction (the SQLite write lock), that reply would never come."""
    reading, release = threading.Event(), threading.Event()
    real = isolated.read_isolated

    def held(content: bytes, limits: ImportSettings):
        reading.set()
        assert release.wait(30), "the other chat was not answered while the workbook was read"
        return real(content, limits)

    monkeypatch.setattr(isolated, "read_isolated", held)
    bot.push_document(STAFF, "contactos.xlsx", CONTACTS, caption="importar contactos")
    assert reading.wait(15)
    [answer] = say(bot, ADMIN, "q tiene el alcalde hoy")
    release.set()
    preview = bot.wait_for(where=lambda call: call.params["chat_id"] == STAFF)[0]
    assert answer.params["text"] and "3000 nuevos" in preview.params["text"].replace(".", "")
    [stored] = say(bot, STAFF, "sí")
    assert "guardada" in stored.params["text"]
    assert len(contacts(dispatcher.engine)) == 3000


@pytest.mark.parametrize(("workbook", "named"), [
    (lambda: hostile_xlsx.repeated_rows(1_000_000), "imports.max_rows"),
    (lambda: hostile_xlsx.many_shared_strings(300_000), "imports.max_shared_strings"),
    (hostile_xlsx.whole_sheet_merge, "imports.max_merged_cells"),
    (lambda: hostile_xlsx.huge_string(100_000_000), "imports.max_unpacked_mb"),
    (hostile_xlsx.encrypted, "protegida con contraseña"),
], ids=["million-rows", "shared-strings", "whole-sheet-merge", "huge-string", "encrypted"])
def test_a_hostile_workbook_is_refused_naming_the_limit_and_other_chats_go_on(bot: FakeBotApi,
                                                                              dispatcher: Dispatcher,
                                                                              workbook, named: str) -> None:
    bot.push_document(STAFF, "contactos.xlsx", workbook(), caption="importar contactos")
    [refusal] = bot.wait_for(where=lambda call: call.params["chat_id"] == STAFF, timeout=30)
    assert named in refusal.params["text"]
    assert refusal.params["text"].count("\n") == 0
    [answer] = say(bot, ADMIN, "/ayuda")
    assert answer.params["text"].startswith("Hola, ")
    assert contacts(dispatcher.engine) == []
    assert len(replies_to(bot, STAFF)) == 1


def test_a_file_over_the_configured_size_is_refused_before_it_is_downloaded(api: FakeBotApi, sqlite_engine: Engine,
                                                                            parser) -> None:
    settings = replace(telegram_settings(api), imports=ImportSettings(max_file_mb=0.01))
    small_limit = Dispatcher(sqlite_engine, settings, parser, clock=lambda: MONDAY_MORNING)
    with running(build_application(small_limit, api.token)):
        api.push_document(STAFF, "contactos.xlsx", CONTACTS, caption="importar contactos")
        [refusal] = api.wait_for(where=lambda call: call.params["chat_id"] == STAFF)
    assert refusal.params["text"] == ("La planilla pesa más de 0,01 MB (imports.max_file_mb); divídala en partes "
                                      "más pequeñas.")
    assert api.sent("getFile") == []
