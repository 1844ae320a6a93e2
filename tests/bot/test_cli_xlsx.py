"""`gabinete export` and `gabinete import` as an operator runs them, on a temporary SQLite database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook


def gabinete(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "GABINETE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
               "GABINETE_CONFIG": str(tmp_path / "config.toml")}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=120)


def test_import_is_all_or_nothing_then_skip_errors_then_export_round_trips(tmp_path):
    (tmp_path / "config.toml").write_text('municipality = "Prueba"\n', encoding="utf-8")
    workbook = Workbook()
    workbook.active.append(["Nombre", "Fono", "Email"])
    workbook.active.append(["Ana Ruiz", 912345678, "ana@gore.cl"])
    workbook.active.append(["Luis Soto", 987654321, "luis@"])
    workbook.save(tmp_path / "lista.xlsx")

    refused = gabinete(tmp_path, "import", "contactos", "lista.xlsx")
    assert refused.returncode == 1
    assert "fila 3: correo no válido" in refused.stdout and "No se importó nada" in refused.stdout

    imported = gabinete(tmp_path, "import", "contactos", "lista.xlsx", "--skip-errors")
    assert imported.returncode == 0 and "Importados: 1 nuevos, 0 actualizados." in imported.stdout

    exported = gabinete(tmp_path, "export", "contactos", "--out", "salida.xlsx")
    assert exported.returncode == 0 and "salida.xlsx: 1 fila." in exported.stdout
    assert load_workbook(tmp_path / "salida.xlsx")["Contactos"]["G2"].value == "+56912345678"

    again = gabinete(tmp_path, "import", "contactos", "salida.xlsx", "--dry-run")
    assert again.returncode == 0 and "0 nuevos" in again.stdout and "1 sin cambios" in again.stdout


def test_export_names_the_file_after_the_report_and_the_day(tmp_path):
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    result = gabinete(tmp_path, "export", "reclamos", "--desde", "2026-11-01", "--hasta", "30-11-2026")
    assert result.returncode == 0, result.stderr
    written = list(tmp_path.glob("reclamos-*.xlsx"))
    assert len(written) == 1 and f"Exportado {written[0].name}: 0 filas." in result.stdout
