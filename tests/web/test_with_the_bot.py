"""The web face inside the running bot: started by the Application's post_init beside long polling,
the Mini App set as the menu button, and `/calendario` handing out an address that the same process serves."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.request
from collections.abc import Iterator

import pytest
from msgspec.structs import replace
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from bot.web.server import WebServer
from bot.web.telegram_hooks import WEB_SERVER
from settings.model import WebSettings
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import ADMIN, MONDAY_MORNING, STAFF, running, say, telegram_settings
from tests.web.conftest import init_data

PUBLIC = "https://gabinete.example.cl"


@pytest.fixture
def application(api: FakeBotApi, sqlite_engine: Engine, web_parser) -> Iterator[Application]:
    settings = replace(telegram_settings(api), web=WebSettings(enabled=True, port=0, public_url=PUBLIC))
    dispatcher = Dispatcher(sqlite_engine, settings, web_parser, clock=lambda: MONDAY_MORNING)
    application = build_application(dispatcher, api.token)
    with running(application):
        server: WebServer = application.bot_data[WEB_SERVER]
        yield application
        asyncio.run_coroutine_threadsafe(server.stop(), server.loop).result(timeout=10)


def local(application: Application, path: str, init: str | None = None) -> tuple[int, bytes]:
    server: WebServer = application.bot_data[WEB_SERVER]
    headers = {"Authorization": f"tma {init}"} if init else {}
    request = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read()


def test_the_menu_button_opens_the_mini_app_at_the_public_address(api: FakeBotApi, application: Application) -> None:
    [call] = api.wait_for("setChatMenuButton")
    button = call.params["menu_button"]
    button = json.loads(button) if isinstance(button, str) else button
    assert button["type"] == "web_app" and button["web_app"]["url"] == f"{PUBLIC}/"
    status, page = local(application, "/")
    assert status == 200 and b"app.js" in page


def test_calendario_hands_out_an_address_the_bot_itself_serves(api: FakeBotApi, application: Application) -> None:
    [refused] = say(api, STAFF, "/calendario 501")
    assert "Solo un administrador" in refused.params["text"]
    [issued] = say(api, ADMIN, "/calendario 501")
    url = re.search(rf"{re.escape(PUBLIC)}(/calendario/[\w-]+\.ics)", issued.params["text"])
    assert url, issued.params["text"]
    status, feed = local(application, url.group(1))
    assert status == 200 and feed.startswith(b"BEGIN:VCALENDAR")


def test_the_api_accepts_init_data_signed_with_the_running_bots_token(api: FakeBotApi,
                                                                      application: Application) -> None:
    status, body = local(application, "/api/yo", init_data(STAFF, token=api.token))
    assert status == 200 and json.loads(body)["name"] == "Camila Secretaria"
