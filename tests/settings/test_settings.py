"""Configuration: defaults, overrides, and one clear line for every mistake."""

from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest
from msgspec.structs import replace

from settings import Role, Settings, SettingsError, load_settings

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_need_no_file(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.timezone == "America/Santiago"
    assert settings.briefing.time == time(7, 30)
    assert settings.database_url == f"sqlite:///{(tmp_path / 'gabinete.db').as_posix()}"
    assert {d.code for d in settings.departments} >= {"aseo", "obras", "transito", "operaciones", "dideco"}


def test_example_config_is_valid_and_matches_the_defaults() -> None:
    example = load_settings(REPO / "config.example.toml", environ={})
    assert replace(example, database_url="") == Settings()


def test_environment_overrides_file(tmp_path) -> None:
    path = write(tmp_path, '[telegram]\ntoken = "from-file"\n')
    settings = load_settings(path, environ={"GABINETE_TELEGRAM_TOKEN": "from-env", "GABINETE_BRIEFING_TIME": "08:15",
                                            "GABINETE_DATABASE_URL": "sqlite:///x.db"})
    assert settings.telegram.token == "from-env"
    assert settings.briefing.time == time(8, 15)
    assert settings.database_url == "sqlite:///x.db"


def test_staff_and_departments_from_file(tmp_path) -> None:
    path = write(tmp_path, """
[[staff]]
telegram_id = 42
name = "Ana"
role = "mayor"

[[departments]]
code = "aseo"
name = "Aseo"
words = ["basura"]
due_days = 3
chat_id = -100
""")
    settings = load_settings(path, environ={})
    assert settings.staff_member(42).role is Role.MAYOR
    assert [d.code for d in settings.departments] == ["aseo"]
    assert settings.department("aseo").chat_id == -100


@pytest.mark.parametrize(("text", "names"), [
    ("[telegram]\ntokne = 'x'\n", "telegram.tokne"),
    ("timezone = 'America/Santigo'\n", "timezone"),
    ("database_url = 'mysql://x'\n", "database_url"),
    ("[briefing]\ntime = '25:00'\n", "briefing.time"),
    ("[[staff]]\ntelegram_id = 1\nname = 'x'\nrole = 'king'\n", "staff[0].role"),
    ("timezone = \n", "TOML"),
])
def test_a_bad_setting_is_named_in_one_line(tmp_path, text: str, names: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(write(tmp_path, text), environ={})
    message = str(raised.value)
    assert names in message
    assert "\n" not in message


def test_an_explicit_missing_file_is_an_error(tmp_path) -> None:
    with pytest.raises(SettingsError, match="no existe"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_cli_stops_with_exit_code_two_and_no_traceback(tmp_path) -> None:
    path = write(tmp_path, "timezone = 'Marte/Base'\n")
    run = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(path), "check-config"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 2
    assert "timezone" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_check_config_masks_the_token(tmp_path) -> None:
    path = write(tmp_path, "[telegram]\ntoken = '123456:ABCDEFsecretXYZ1'\n")
    run = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(path), "check-config"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0
    assert "ABCDEFsecret" not in run.stdout
    assert "****XYZ1" in run.stdout


def test_check_config_masks_a_database_password(tmp_path) -> None:
    path = write(tmp_path, "database_url = 'postgresql+psycopg://gabinete:s3cr3t@db/gabinete'\n")
    run = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(path), "check-config"],
                         capture_output=True, text=True, cwd=REPO)
    assert "s3cr3t" not in run.stdout
    assert "gabinete:****@db" in run.stdout


@pytest.mark.parametrize(("written", "expected"), [("7:05", time(7, 5)), ("07:30", time(7, 30)),
                                                   ("18:45:30", time(18, 45, 30))])
def test_times_are_read_as_people_write_them(tmp_path, written: str, expected: time) -> None:
    settings = load_settings(write(tmp_path, f"[briefing]\ntime = '{written}'\n"), environ={})
    assert settings.briefing.time == expected


def test_a_toml_time_value_is_accepted(tmp_path) -> None:
    settings = load_settings(write(tmp_path, "[reminders]\naccepted_evening_time = 20:15:00\n"), environ={})
    assert settings.reminders.accepted_evening_time == time(20, 15)


@pytest.mark.parametrize(("environ", "spanish"), [
    ({"GABINETE_TELEGRAM_WEBHOOK_PORT": "0"}, "debe ser >= 1"),
    ({"GABINETE_TELEGRAM_WEBHOOK_PORT": "puerto"}, "se esperaba int"),
    ({"GABINETE_TELEGRAM_API_BASE_URL": "ftp://x"}, "debe empezar con http"),
    ({"GABINETE_REMINDERS_EFEMERIDE_DAYS_BEFORE": "90"}, "debe ser <= 60"),
])
def test_environment_values_are_checked_like_the_file(tmp_path, environ: dict[str, str], spanish: str) -> None:
    with pytest.raises(SettingsError, match=spanish):
        load_settings(write(tmp_path, ""), environ=environ)


def test_numbers_from_the_environment_become_numbers(tmp_path) -> None:
    settings = load_settings(write(tmp_path, ""), environ={"GABINETE_TELEGRAM_MAYOR_CHAT_ID": "-100123"})
    assert settings.telegram.mayor_chat_id == -100123


def test_a_department_code_with_capitals_is_refused(tmp_path) -> None:
    with pytest.raises(SettingsError, match=r"departments\[0\]\.code"):
        load_settings(write(tmp_path, "[[departments]]\ncode = 'Aseo'\nname = 'Aseo'\n"), environ={})
