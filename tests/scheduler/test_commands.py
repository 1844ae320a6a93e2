"""`gabinete jobs`, `gabinete jobs --history` and `gabinete briefing`, run as the operator would."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from scheduler.plan import RunName
from scheduler.runner import Runner
from scheduler.upcoming import upcoming
from storage.database import open_database, transaction
from storage.models import Efemeride, Invitation

SANTIAGO = ZoneInfo("America/Santiago")


@pytest.fixture
def config(tmp_path) -> str:
    path = tmp_path / "config.toml"
    path.write_text(f'database_url = "sqlite:///{tmp_path / "gabinete.db"}"\n'
                    "[telegram]\nmayor_chat_id = -1001\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def cli_engine(tmp_path, config):
    engine = open_database(f"sqlite:///{tmp_path / 'gabinete.db'}")
    yield engine
    engine.dispose()


def test_jobs_history_shows_what_went_where_and_what_failed(cli_engine, config, settings, sender, clock,
                                                            capsys) -> None:
    with transaction(cli_engine) as session:
        session.add(Invitation(title="Cena Rotary", day=date(2026, 11, 26), received_at=clock.now))
    runner = Runner(cli_engine, settings, sender, clock)
    asyncio.run(runner.run(RunName.BRIEFING))
    sender.failures = 1
    asyncio.run(runner.run(RunName.REMINDERS))

    assert main(["--config", config, "jobs", "--history"]) == 0
    out = capsys.readouterr().out
    briefing_line = next(line for line in out.splitlines() if "resumen 2026-11-23" in line)
    assert "chat -1001" in briefing_line and "enviado el 2026-11-23 07:30 (1 intento)" in briefing_line
    failed_line = next(line for line in out.splitlines() if "invitación" in line)
    assert "NO ENVIADO (1 intento); último error: RuntimeError: 429" in failed_line


def test_jobs_history_on_an_empty_database_says_so(config, capsys) -> None:
    assert main(["--config", config, "jobs", "--history"]) == 0
    assert "Todavía no hay envíos registrados." in capsys.readouterr().out


def test_jobs_lists_the_daily_runs_in_local_time(config, capsys) -> None:
    assert main(["--config", config, "jobs"]) == 0
    out = capsys.readouterr().out
    assert "Resumen diario al chat del alcalde: 07:30 (lun, mar, mié, jue, vie, sáb, dom; con el bot caído, " \
           "hasta las 12:00)" in out
    assert "a cada departamento (días hábiles): 08:30" in out


def test_upcoming_lists_the_next_messages_and_leaves_out_those_already_sent(cli_engine, settings, sender,
                                                                            clock) -> None:
    with transaction(cli_engine) as session:
        session.add(Efemeride(title="Aniversario comuna", month=11, day_of_month=27, created_at=clock.now))
    clock.now = datetime(2026, 11, 23, 7, 0, tzinfo=SANTIAGO)
    planned = upcoming(cli_engine, settings, clock.now, days=4)
    summary = [(item.at, item.outgoing.kind.value) for item in planned]
    assert summary[0] == (datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO), "briefing")
    assert (datetime(2026, 11, 24, 7, 30, tzinfo=SANTIAGO), "efemeride") in summary
    assert (datetime(2026, 11, 27, 7, 30, tzinfo=SANTIAGO), "efemeride") in summary
    clock.now += timedelta(minutes=30)
    asyncio.run(Runner(cli_engine, settings, sender, clock).run(RunName.BRIEFING))
    later = upcoming(cli_engine, settings, clock.now - timedelta(minutes=1), days=4)
    assert (datetime(2026, 11, 23, 7, 30, tzinfo=SANTIAGO), "briefing") not in [
        (item.at, item.outgoing.kind.value) for item in later]


def test_briefing_prints_the_briefing_of_a_given_day(config, capsys) -> None:
    assert main(["--config", config, "briefing", "--date", "2026-11-24"]) == 0
    assert capsys.readouterr().out.startswith("Resumen del martes 24 de noviembre")


def test_briefing_refuses_a_bad_date_and_force_without_send(config, capsys) -> None:
    assert main(["--config", config, "briefing", "--date", "24/11"]) == 2
    assert main(["--config", config, "briefing", "--force"]) == 2
    assert main(["--config", config, "briefing", "--send"]) == 2  # no token configured
    err = capsys.readouterr().err
    assert "Fecha no válida" in err and "--force solo sirve junto con --send" in err and "telegram.token" in err


def test_briefing_send_goes_through_the_bot_api_once_even_after_a_429(tmp_path, capsys) -> None:
    """The real python-telegram-bot against a local fake Bot API: flood control is waited out, then once only."""
    from tests.bot.fake_bot_api import FakeBotApi

    with FakeBotApi() as api:
        path = tmp_path / "send.toml"
        path.write_text(f'database_url = "sqlite:///{tmp_path / "send.db"}"\n'
                        f'[telegram]\ntoken = "{api.token}"\nmayor_chat_id = -1001\n'
                        f'api_base_url = "{api.base_url}"\napi_file_url = "{api.file_url}"\n', encoding="utf-8")
        api.fail_next("sendMessage")
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 0
        assert main(["--config", str(path), "briefing", "--date", "2026-11-24", "--send"]) == 0
        sent = [call for call in api.sent() if call.result is not None]  # the 429'd call delivered nothing
        refused = len(api.sent()) - len(sent)
    out = capsys.readouterr().out
    assert "Resumen del 2026-11-24 enviado al chat -1001." in out
    assert "ya fue enviado" in out and "--force" in out
    assert (len(sent), refused) == (1, 1)
    assert sent[0].params["chat_id"] == -1001 and sent[0].params["text"].startswith("Resumen del martes 24")
