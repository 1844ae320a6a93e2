"""No secret in any log line: `gabinete run` against a Bot API that answers 401, 404, errors echoing the
request path (which holds the token) and redirect loops; and the masking itself, in-process."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot import redaction
from bot.redaction import MASK, mask_url
from settings import Settings
from settings.model import TelegramSettings

TOKEN = "987654:AAHsecretPartOfTheToken_x9"
WEBHOOK_SECRET = "webhook-secret-value"
DB_PASSWORD = "p@ss/word"
ADMIN = 1001
CONFIG = f"""
[[staff]]
telegram_id = {ADMIN}
name = "Paula Jefa de Gabinete"
role = "admin"
"""


class HostileApi:
    """A Bot API that misbehaves in one way (`mode`) and counts the calls that reach each method."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.calls: dict[str, int] = {}
        self.changed = threading.Condition()
        self._served_update = False
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/bot"

    def wait_for(self, method: str, count: int, timeout: float = 30) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: self.calls.get(method, 0) >= count, timeout), self.calls

    def answer(self, method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        with self.changed:
            self.calls[method] = self.calls.get(method, 0) + 1
            self.changed.notify_all()
        if self.mode in ("401", "404"):
            code = int(self.mode)
            return code, {}, _json({"ok": False, "error_code": code, "description": "Unauthorized" if code == 401
                                    else "Not Found"})
        if method in ("getMe", "deleteWebhook", "setMyCommands", "getUpdates"):
            return 200, {}, _json({"ok": True, "result": self._result(method)})
        if self.mode == "redirect":
            return 302, {"Location": path}, b""
        if self.mode == "echo-html":
            return 500, {"Content-Type": "text/html"}, f"<h1>Error</h1><p>No handler for {path}</p>".encode()
        return 500, {}, _json({"ok": False, "error_code": 500, "description": f"Internal error at {path}"})

    def _result(self, method: str) -> object:
        if method == "getMe":
            return {"id": 987654, "is_bot": True, "first_name": "Gabinete", "username": "gabinete_bot"}
        if method != "getUpdates":
            return True
        if self._served_update:
            threading.Event().wait(0.2)
            return []
        self._served_update = True
        message = {"message_id": 1, "date": 0, "chat": {"id": ADMIN, "type": "private"},
                   "from": {"id": ADMIN, "is_bot": False, "first_name": "Paula"}, "text": "/ayuda",
                   "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}
        return [{"update_id": 1, "message": message}]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, headers, body = api.answer(self.path.rsplit("/", 1)[-1], self.path)
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                """Quiet."""

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _json(payload: dict) -> bytes:
    return json.dumps(payload).encode()


@pytest.fixture
def hostile(request: pytest.FixtureRequest) -> Iterator[HostileApi]:
    api = HostileApi(request.param)
    yield api
    api.close()


def start_bot(api: HostileApi, tmp_path: Path) -> subprocess.Popen:
    (tmp_path / "config.toml").write_text(CONFIG, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    env.update(GABINETE_CONFIG=str(tmp_path / "config.toml"), GABINETE_TELEGRAM_TOKEN=TOKEN,
               GABINETE_DATABASE_URL=f"sqlite:///{tmp_path / 'gabinete.db'}",
               GABINETE_TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
               GABINETE_TELEGRAM_API_BASE_URL=api.base_url, GABINETE_TELEGRAM_API_FILE_URL=api.base_url)
    log = (tmp_path / "bot.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=env, stdout=log,
                            stderr=subprocess.STDOUT)


def finished(process: subprocess.Popen, tmp_path: Path, stop: bool) -> tuple[int, str]:
    if stop:
        process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        code = process.wait()
    return code, (tmp_path / "bot.log").read_text(errors="replace")


def logged(tmp_path: Path, text: str, timeout: float = 30) -> None:
    """Wait until the bot's log holds `text` (the line comes after the call that caused it)."""
    deadline = time.monotonic() + timeout
    while text not in (tmp_path / "bot.log").read_text(errors="replace"):
        assert time.monotonic() < deadline, f"no log line with {text!r}"
        time.sleep(0.05)


def assert_no_secret(text: str) -> None:
    for secret in (TOKEN, TOKEN.partition(":")[2], TOKEN.replace(":", "%3A"), WEBHOOK_SECRET):
        assert secret not in text, text


@pytest.mark.slow
@pytest.mark.parametrize("hostile", ["401", "404"], indirect=True)
def test_a_rejected_token_stops_the_bot_with_one_line_and_no_token(hostile: HostileApi, tmp_path: Path) -> None:
    code, output = finished(start_bot(hostile, tmp_path), tmp_path, stop=False)
    assert code == 2
    assert "Telegram rechazó el token del bot (el que termina en …n_x9)" in output
    assert f"The token `{MASK}` was rejected" in output  # PTB's own log line, masked
    assert "Unclosed" not in output  # the Bot API connections were closed although start-up failed
    assert_no_secret(output)


@pytest.mark.slow
@pytest.mark.parametrize("hostile", ["echo-json", "echo-html", "redirect"], indirect=True)
def test_failed_replies_are_logged_without_the_token(hostile: HostileApi, tmp_path: Path) -> None:
    """The reply to /ayuda fails every try (the retries log each); the error handler logs the failure.

    A redirect is not followed (each try is one request), so its loop neither repeats nor spreads the token.
    """
    process = start_bot(hostile, tmp_path)
    hostile.wait_for("sendMessage", count=4)
    logged(tmp_path, "the reply could not be sent")
    code, output = finished(process, tmp_path, stop=True)
    assert code == 0, output
    assert "sendMessage: network error" in output and "the reply could not be sent" in output
    if hostile.mode == "redirect":
        assert hostile.calls["sendMessage"] == 4
    else:
        assert MASK in output
    assert_no_secret(output)


def test_every_form_of_a_secret_is_masked_in_messages_arguments_and_tracebacks(
        caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(database_url=f"postgresql+psycopg://gabinete:{DB_PASSWORD}@db/gabinete",
                        telegram=TelegramSettings(token=TOKEN, webhook_secret=WEBHOOK_SECRET))
    redaction.install(redaction.settings_secrets(settings))
    try:
        log = logging.getLogger("tests.secrets")
        with caplog.at_level(logging.INFO):
            log.warning("POST %s failed", f"https://api.telegram.org/bot{TOKEN}/sendMessage")
            log.info("quoted https://api.telegram.org/bot%s/getMe", TOKEN.replace(":", "%3A"))
            log.info("secret header %s, password %s", WEBHOOK_SECRET, DB_PASSWORD)
            try:
                raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
            except RuntimeError:
                log.exception("start-up failed")
        text = caplog.text + "".join(logging.Formatter().format(record) for record in caplog.records)
        assert_no_secret(text)
        assert DB_PASSWORD not in text and "p%40ss%2Fword" not in text
        assert text.count(MASK) >= 6
        assert "987654:" not in text.replace(f"987654:{MASK}", "")
    finally:
        redaction.uninstall()


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql+psycopg://gabinete:clave@db:5432/gabinete", "postgresql+psycopg://gabinete:****@db:5432/gabinete"),
    ("postgresql+psycopg://gabinete:cl@ve@db/gabinete", "postgresql+psycopg://gabinete:****@db/gabinete"),
    ("postgresql+psycopg://gabinete@db/gabinete?password=clave&sslmode=require",
     "postgresql+psycopg://gabinete@db/gabinete?password=****&sslmode=require"),
    ("postgresql+psycopg://db/gabinete?sslmode=require&PASSWORD=clave", "postgresql+psycopg://db/gabinete"
     "?sslmode=require&PASSWORD=****"),
    ("sqlite:////srv/gabinete.db", "sqlite:////srv/gabinete.db"),
])
def test_check_config_masks_the_database_password_in_every_url_form(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_check_config_prints_no_password(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('database_url = "sqlite:///x.db?password=s3creta&x=1"\n', encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    env.update(GABINETE_TELEGRAM_TOKEN=TOKEN)
    shown = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(config), "check-config"], env=env,
                           capture_output=True, text=True, timeout=60, check=True).stdout
    assert "s3creta" not in shown and "password=****" in shown
    assert_no_secret(shown)


def test_a_crash_that_escapes_every_handler_is_printed_without_the_token(tmp_path: Path) -> None:
    script = ("from bot import redaction\n"
              f"redaction.install([{TOKEN!r}])\n"
              f"raise RuntimeError('POST https://api.telegram.org/bot{TOKEN}/getMe failed')\n")
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 1
    assert f"RuntimeError: POST https://api.telegram.org/bot{MASK}/getMe failed" in crashed.stderr
    assert_no_secret(crashed.stderr)
