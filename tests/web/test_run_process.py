"""`gabinete run` with `[web] enabled`, by webhook: the Mini App is served by the same process beside
PTB's webhook server, on its own port, and goes away with the bot."""

from __future__ import annotations

import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import ADMIN, say
from tests.bot.test_telegram_run import bots, free_port, start, stop  # noqa: F401 - `bots` is a fixture

pytestmark = pytest.mark.slow


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_web_server_runs_beside_the_webhook_and_stops_with_the_bot(
        api: FakeBotApi, tmp_path: Path, bots: list[subprocess.Popen]) -> None:  # noqa: F811
    hook_port, web_port = free_port(), free_port()
    process = start(api, tmp_path, bots, GABINETE_TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{hook_port}/telegram/g",
                    GABINETE_TELEGRAM_WEBHOOK_PORT=str(hook_port), GABINETE_WEB_ENABLED="true",
                    GABINETE_WEB_PORT=str(web_port))
    api.wait_for("setWebhook", timeout=30)
    assert get(f"http://127.0.0.1:{web_port}/") == 200
    assert get(f"http://127.0.0.1:{web_port}/api/yo") == 401
    assert get(f"http://127.0.0.1:{web_port}/calendario/desconocido.ics") == 404

    [help_text] = say(api, ADMIN, "/ayuda")  # the bot answers through its webhook meanwhile: fully up
    assert help_text.params["text"].startswith("Hola")

    assert stop(process) == 0
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{web_port}/", timeout=5)
