"""`gabinete chat` scripted from standard input, as a new user would try it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """\
llegó invitación del Rotary Club para la cena aniversario hoy a las 19 hrs en el Club de la Unión
sí
acepta la invitación del Rotary
sí
agenda de hoy
reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234, fono 9 8877 6655
sí
nuevo contacto Juan Soto, seremi de salud, teléfono +56 9 1234 5678
sí
fono del seremi de salud
resumen diario
"""


def chat(tmp_path: Path, script: str, now: str = "2026-11-23T09:00") -> subprocess.CompletedProcess:
    env = {**os.environ, "GABINETE_CONFIG": ""}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", "--db", str(tmp_path / "chat.db"), "--now", now],
        input=script, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)


@pytest.mark.slow
def test_a_scripted_session_keeps_the_offices_records(tmp_path: Path) -> None:
    run = chat(tmp_path, SCRIPT)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Traceback" not in out + run.stderr
    assert "R-2026-0001" in out
    assert "+56912345678" in out or "9 1234 5678" in out
    agenda = out.split("> agenda de hoy", 1)[1].split(">", 1)[0]
    assert "19:00" in agenda
    briefing = out.split("> resumen diario", 1)[1]
    assert "19:00" in briefing and ("Rotary" in briefing or "cena" in briefing)
    assert "Aseo" in briefing


def test_the_chat_remembers_across_sessions_on_the_same_file(tmp_path: Path) -> None:
    first = chat(tmp_path, "agenda reunión con el director de Obras el lunes 30 a las 9\nsí\n")
    assert first.returncode == 0, first.stderr
    second = chat(tmp_path, "agenda del lunes 30\n")
    assert "09:00" in second.stdout
    assert "Obras" in second.stdout


def test_a_seeded_efemeride_is_corrected_removed_and_brought_back(tmp_path: Path) -> None:
    run = chat(tmp_path, "la efeméride del día del bombero es el 1 de julio, no el 30 de junio\nsí\n"
                         "borra la efeméride del día del bombero\nsí\nefemérides de julio\ndeshacer\n"
                         "efemérides de julio\n")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Fecha: cada 1 de julio (todos los años)" in out
    removed, restored = out.split("> efemérides de julio")[1:]
    assert "Día del Bombero" not in removed.split(">", 1)[0]
    assert "Deshecho el borrado de efeméride" in removed
    assert "jueves 1 de julio de 2027: Día del Bombero" in restored
