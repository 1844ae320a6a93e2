"""The aiohttp transport under the bot: what Telegram answers reaches PTB as PTB's own errors, proxies are honoured."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram.request import AiohttpRequest
from tests.bot.fake_bot_api import TOKEN, FakeBotApi


def _bot(base_url: str, request: AiohttpRequest | None = None) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=request or AiohttpRequest(),
               get_updates_request=AiohttpRequest(pool_size=1))


def test_a_reply_goes_out_as_the_fake_server_decodes_it_and_flood_control_is_reported() -> None:
    async def scenario(api: FakeBotApi) -> None:
        async with _bot(api.base_url) as bot:
            sent = await bot.send_message(42, "Agenda de <hoy> & mañana")
            api.fail_next("sendMessage")
            with pytest.raises(RetryAfter):
                await bot.send_message(42, "otra")
        assert sent.text == "Agenda de <hoy> & mañana"

    with FakeBotApi() as api:
        asyncio.run(scenario(api))
        assert [call.params["text"] for call in api.sent()] == ["Agenda de <hoy> & mañana", "otra"]


def test_a_server_that_never_answers_is_a_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        base_url = f"http://127.0.0.1:{silent.getsockname()[1]}/bot"

        async def scenario() -> None:
            async with AiohttpRequest(read_timeout=0.2) as request:
                with pytest.raises(TimedOut):
                    await request.post(f"{base_url}{TOKEN}/getMe")

        asyncio.run(scenario())


def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]

    async def scenario() -> None:
        async with AiohttpRequest() as request:
            with pytest.raises(NetworkError) as raised:
                await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
            assert not isinstance(raised.value, TimedOut)

    asyncio.run(scenario())


@pytest.fixture
def proxy() -> Iterator[list[str]]:
    """An HTTP proxy that answers every request itself and records the request line it was sent."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.requestline)
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.dumps({"ok": True, "result": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen.append(f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()


def test_the_proxy_named_in_the_environment_carries_the_requests(proxy: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.lower().endswith("_proxy")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("http_proxy", proxy.pop())

    async def scenario() -> None:
        async with AiohttpRequest() as request:
            assert await request.post(f"http://api.telegram.invalid/bot{TOKEN}/deleteWebhook") is True

    asyncio.run(scenario())
    assert proxy == [f"POST http://api.telegram.invalid/bot{TOKEN}/deleteWebhook HTTP/1.1"]
