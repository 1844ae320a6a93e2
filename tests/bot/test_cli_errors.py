"""The command line as a clumsy user meets it: every mistake is one Spanish line and exit code 2, no traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

INVITATION = "llegó invitación del Rotary para el sábado 28 a las 19 hrs en el Club de la Unión"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in [name for name in os.environ if name.startswith("GABINETE_")]:
        monkeypatch.delenv(name)
    path = tmp_path / "config.toml"
    path.write_text('municipality = "Municipalidad de Prueba"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return str(path)


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip()


@pytest.mark.parametrize(("argv", "said"), [
    (["chat", "--now", "garbage"], "Momento no válido para --now: «garbage»"),
    (["briefing", "--date", "9999-12-31"], "Fecha fuera de rango para --date: «9999-12-31» (años 1900 a 2999)"),
    (["briefing", "--date", "0001-01-01"], "Fecha fuera de rango para --date"),
    (["export", "agenda", "--out", "no-existe/agenda.xlsx"], "--out: no existe la carpeta no-existe"),
    (["export", "reclamos", "--desde", "30-02-2026"], "Fecha no válida para --desde: «30-02-2026»"),
])
def test_a_bad_option_is_one_line_and_exit_two(config: str, capsys: pytest.CaptureFixture[str], argv: list[str],
                                               said: str) -> None:
    assert main(["--config", config, *argv]) == 2
    assert one_line_error(capsys).startswith(said)
    assert not list(Path(config).parent.glob("*.xlsx"))


def test_config_is_accepted_after_the_subcommand_too(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", config]) == 0
    assert '"municipality": "Municipalidad de Prueba"' in capsys.readouterr().out


def test_an_unreachable_postgresql_is_one_line_naming_it_without_its_password(
        config: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GABINETE_DATABASE_URL", "postgresql+psycopg://gabinete:s3creta@127.0.0.1:1/gabinete")
    assert main(["--config", config, "jobs"]) == 2
    err = one_line_error(capsys)
    assert err.startswith("No se pudo abrir la base de datos postgresql+psycopg://gabinete:****@127.0.0.1:1/gabinete:")
    assert "s3creta" not in err and len(err.splitlines()) == 2


def test_a_sqlite_file_in_a_missing_folder_is_one_line(config: str, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GABINETE_DATABASE_URL", f"sqlite:///{tmp_path / 'no-existe' / 'gabinete.db'}")
    assert main(["--config", config, "export", "agenda"]) == 2
    assert "unable to open database file" in one_line_error(capsys)


def test_an_export_is_written_readable_by_its_owner_only(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    previous = os.umask(0o022)
    try:
        assert main(["--config", config, "export", "contactos", "--out", "contactos.xlsx"]) == 0
    finally:
        os.umask(previous)
    written = Path(config).parent / "contactos.xlsx"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert written.read_bytes().startswith(b"PK")


def test_two_chat_sessions_on_one_database_do_not_confirm_each_others_proposals(tmp_path: Path) -> None:
    """The first session leaves an invitation waiting for its «sí»; a «sí» typed in another session is not it."""
    database = tmp_path / "compartida.db"
    environ = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}

    def chat(script: str) -> str:
        return subprocess.run([sys.executable, "-m", "bot.cli", "chat", "--db", str(database), "--now",
                               "2026-11-23T09:00"], input=script, capture_output=True, text=True, cwd=tmp_path,
                              env=environ, timeout=120, check=True).stdout

    assert "¿Lo guardo? (sí / no)" in chat(f"{INVITATION}\n")
    assert "No hay nada pendiente de confirmar" in chat("sí\n")
    assert "No hay invitaciones pendientes de respuesta." in chat("invitaciones pendientes\n")


def test_import_of_a_hostile_workbook_is_one_line_naming_the_configured_limit(
        config: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.storage import hostile_xlsx

    (Path(config).parent / "lista.xlsx").write_bytes(hostile_xlsx.repeated_rows(500))
    monkeypatch.setenv("GABINETE_IMPORTS_MAX_ROWS", "100")
    assert main(["--config", config, "import", "contactos", "lista.xlsx"]) == 1
    assert one_line_error(capsys) == ("La hoja «Hoja1» tiene más de 100 filas con datos (imports.max_rows). "
                                      "Divídala en partes más pequeñas.")


def test_a_chat_script_with_bytes_that_are_not_utf8_is_answered_line_by_line(tmp_path: Path) -> None:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    environ["PYTHONIOENCODING"] = "utf-8"  # strict decoding: the setting under which one bad line ended the session
    chat = subprocess.run([sys.executable, "-m", "bot.cli", "chat", "--db", str(tmp_path / "c.db"), "--now",
                           "2026-11-23T09:00"], input="hola \udcff\udcfe\nayuda\n".encode("utf-8", "surrogateescape"),
                          capture_output=True, cwd=tmp_path, env=environ, timeout=120)
    assert chat.returncode == 0, chat.stderr.decode(errors="replace")
    out = chat.stdout.decode("utf-8")
    assert "> hola \ufffd\ufffd" in out and "> ayuda" in out and b"Traceback" not in chat.stderr
