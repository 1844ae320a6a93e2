"""The web face over real parts: a dispatcher on a SQLite file, the real aiohttp server on a local
port (in a thread with its own event loop), and initData signed as Telegram signs it."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from bot.web.init_data import sign
from bot.web.server import WebServer
from handlers.context import Actor
from handlers.reply import PendingKind
from settings import Role, Settings, StaffMember
from tests.bot.fake_bot_api import FakeBotApi

BOT_TOKEN = "123456:AAE-test-token-of-the-gabinete-bot"
OTHER_BOT_TOKEN = "654321:AAF-a-different-bot-altogether"
MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/Santiago"))
ADMIN = Actor(telegram_id=100, name="Paula Admin", role=Role.ADMIN)
STAFF = Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)
MAYOR = Actor(telegram_id=300, name="Alcalde Pérez", role=Role.MAYOR)
VIEWER = Actor(telegram_id=777, name="Visita Lectora", role=Role.VIEWER)
STRANGER_ID = 999


def web_settings() -> Settings:
    staff = tuple(StaffMember(telegram_id=a.telegram_id, name=a.name, role=a.role)
                  for a in (ADMIN, STAFF, MAYOR, VIEWER))
    return Settings(staff=staff, municipality="Municipalidad de Prueba")


@pytest.fixture(scope="session")
def web_parser():
    return build_parser(Settings())


@pytest.fixture
def office(sqlite_engine: Engine, web_parser) -> Dispatcher:
    """The office on a SQLite file; modules about the queries override it with `office_on_both`."""
    return Dispatcher(sqlite_engine, web_settings(), web_parser, clock=lambda: MONDAY_MORNING)


@pytest.fixture
def office_on_both(engine: Engine, web_parser) -> Dispatcher:
    """The office on a SQLite file and on PostgreSQL (skipped with the reason when none answers)."""
    return Dispatcher(engine, web_settings(), web_parser, clock=lambda: MONDAY_MORNING)


def init_data(user_id: int, token: str = BOT_TOKEN, auth_date: datetime = MONDAY_MORNING,
              first_name: str = "Camila") -> str:
    """initData as a Telegram client hands it to the Mini App, signed with `token`."""
    fields = {"query_id": "AAHdF6IQAAAAAN0XohDhrOrc", "auth_date": str(int(auth_date.timestamp())),
              "user": json.dumps({"id": user_id, "first_name": first_name, "language_code": "es"},
                                 separators=(",", ":"))}
    fields["hash"] = sign(fields, token)
    return urlencode(fields)


def confirmed(dispatcher: Dispatcher, actor: Actor, intent: str, slots: dict[str, Any]) -> str:
    """Propose through the dispatcher as a chat would, and answer «sí»: the stored reply's text."""
    key = f"tg:{actor.telegram_id}:{actor.telegram_id}"
    proposal = dispatcher.handle_intent(key, actor, intent, slots)
    assert proposal is not None and proposal.pending is not None, proposal
    assert proposal.pending.kind is PendingKind.CONFIRM, proposal.text
    stored = dispatcher.handle_text(key, actor, "sí")
    assert stored is not None and stored.stored, stored
    return stored.text


def add_event(dispatcher: Dispatcher, title: str, day: date, hour: int | None = None, place: str | None = None) -> int:
    start: date | datetime = day if hour is None else datetime(day.year, day.month, day.day, hour)
    text = confirmed(dispatcher, STAFF, "event.create", {"title": title, "start": start, "place": place})
    return int(text.split("N° ")[1].split()[0])


def add_complaint(dispatcher: Dispatcher, description: str, department: str | None = None) -> str:
    slots = {"description": description, "citizen": "Rosa Muñoz", "address": "Prat 1234"}
    if department:
        slots["department"] = department
    text = confirmed(dispatcher, STAFF, "complaint.create", slots)
    return text.split("ticket ")[1].split()[0]


class RunningServer:
    """The aiohttp server on 127.0.0.1 with its own loop in a thread, and a tiny HTTP client for it."""

    def __init__(self, dispatcher: Dispatcher, token: str = BOT_TOKEN) -> None:
        self.loop = asyncio.new_event_loop()
        self.server = WebServer(dispatcher, token, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        port = asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(timeout=30)
        self.base = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()

    def request(self, path: str, init: str | None = None, body: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        all_headers = dict(headers or {})
        if init is not None:
            all_headers["Authorization"] = f"tma {init}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def json(self, path: str, init: str | None = None, body: dict[str, Any] | None = None) -> tuple[int, Any]:
        status, _headers, content = self.request(path, init, body)
        return status, json.loads(content) if content else None


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API on 127.0.0.1, for the tests that run the bot itself."""
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def server(office: Dispatcher) -> Iterator[RunningServer]:
    with RunningServer(office) as running:
        yield running
