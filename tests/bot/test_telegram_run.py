"""`gabinete run` as an operator starts it: a real process, long polling the fake Bot API or called at a webhook."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from storage.database import make_engine
from storage.models import Complaint, Invitation
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import ADMIN, press, replies_to, say

CONFIG = f"""
municipality = "Municipalidad de Prueba"

[[staff]]
telegram_id = {ADMIN}
name = "Paula Jefa de Gabinete"
role = "admin"
"""
INVITATION = "llegó invitación del Rotary para el sábado 28 a las 19 hrs"
COMPLAINT = "reclamo de la vecina Rosa Muñoz por basura acumulada en Prat 1234"


@pytest.fixture
def bots() -> Iterator[list[subprocess.Popen]]:
    """The bot processes a test started; any still running when it ends (a failed assertion) is killed."""
    started: list[subprocess.Popen] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def environment(api: FakeBotApi | None, tmp_path: Path, **extra: str) -> dict[str, str]:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    env.update(GABINETE_CONFIG=str(config), GABINETE_DATABASE_URL=f"sqlite:///{tmp_path / 'gabinete.db'}", **extra)
    if api is not None:
        env.update(GABINETE_TELEGRAM_TOKEN=api.token, GABINETE_TELEGRAM_API_BASE_URL=api.base_url,
                   GABINETE_TELEGRAM_API_FILE_URL=api.file_url)
    return env


def gabinete(env: dict[str, str], cwd: Path) -> subprocess.Popen:
    log = (cwd / "bot.log").open("ab")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=cwd, env=env, stdout=log,
                            stderr=subprocess.STDOUT)


def start(api: FakeBotApi, tmp_path: Path, bots: list[subprocess.Popen], **extra: str) -> subprocess.Popen:
    """The bot is up once it has set its command menu (its post_init)."""
    starts = len(api.sent("setMyCommands"))
    process = gabinete(environment(api, tmp_path, **extra), tmp_path)
    bots.append(process)
    try:
        api.wait_for("setMyCommands", count=starts + 1, timeout=30)
    except AssertionError:
        process.kill()
        raise AssertionError((tmp_path / "bot.log").read_text(errors="replace")) from None
    return process


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=20)


def stored(tmp_path: Path, table: type) -> list:
    engine = make_engine(f"sqlite:///{tmp_path / 'gabinete.db'}")
    try:
        with Session(engine) as session:
            return list(session.exec(select(table)))
    finally:
        engine.dispose()


def test_without_a_token_it_stops_at_once_saying_how_to_get_one(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=environment(None, tmp_path),
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "GABINETE_TELEGRAM_TOKEN" in result.stderr
    assert "make chat" in result.stderr


@pytest.mark.slow
def test_a_whole_conversation_through_the_running_bot(api: FakeBotApi, tmp_path: Path,
                                                     bots: list[subprocess.Popen]) -> None:
    process = start(api, tmp_path, bots)
    [proposal] = say(api, ADMIN, INVITATION)
    assert "¿Lo guardo?" in proposal.params["text"]
    saved = press(api, ADMIN, proposal, "Confirmar")
    assert "guardada" in saved.params["text"]

    [agenda] = say(api, ADMIN, "/semana")
    assert agenda.params["text"]

    [complaint] = say(api, ADMIN, COMPLAINT)
    logged = press(api, ADMIN, complaint, "Confirmar")
    ticket = re.search(r"R-\d{4}-\d{4}", logged.params["text"])
    assert ticket, logged.params["text"]

    assert stop(process) == 0
    assert [row.ticket for row in stored(tmp_path, Complaint)] == [ticket.group()]
    assert len(stored(tmp_path, Invitation)) == 1
    log = (tmp_path / "bot.log").read_text()
    assert "Rotary" not in log and "Muñoz" not in log, "message text must not be logged"


@pytest.mark.slow
def test_a_confirmation_waiting_when_the_process_is_killed_is_stored_once_after_restart(
        api: FakeBotApi, tmp_path: Path, bots: list[subprocess.Popen]) -> None:
    process = start(api, tmp_path, bots)
    [proposal] = say(api, ADMIN, INVITATION)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert stored(tmp_path, Invitation) == []

    process = start(api, tmp_path, bots)
    saved = press(api, ADMIN, proposal, "Confirmar")
    assert "guardada" in saved.params["text"]
    api.redeliver(max(api.served_at))
    [again] = say(api, ADMIN, "/ayuda")
    assert again.params["text"].startswith("Hola")
    assert stop(process) == 0
    assert len(stored(tmp_path, Invitation)) == 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_by_webhook_telegram_calls_in_with_the_secret_and_a_forged_call_is_refused(
        api: FakeBotApi, tmp_path: Path, bots: list[subprocess.Popen]) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/gabinete"
    process = start(api, tmp_path, bots, GABINETE_TELEGRAM_WEBHOOK_URL=url, GABINETE_TELEGRAM_WEBHOOK_PORT=str(port),
                    GABINETE_TELEGRAM_WEBHOOK_SECRET="s3creto-del-gabinete")
    [hook] = api.wait_for("setWebhook", timeout=30)
    assert (hook.params["url"], hook.params["secret_token"]) == (url, "s3creto-del-gabinete")

    [proposal] = say(api, ADMIN, INVITATION)
    saved = press(api, ADMIN, proposal, "Confirmar")
    assert "guardada" in saved.params["text"]
    forged = {"update_id": 10_000, "message": api.message(ADMIN, "/hoy", None, "private")}
    assert api.post_to_webhook(forged, secret="adivinado") == 403
    assert api.post_to_webhook(forged, secret="") == 403
    [help_text] = say(api, ADMIN, "/ayuda")
    assert help_text.params["text"].startswith("Hola")

    assert stop(process) == 0
    assert replies_to(api, ADMIN) == [proposal, help_text], "the forged /hoy must not be answered"
    assert len(stored(tmp_path, Invitation)) == 1
