"""`gabinete legal-report` as an operator runs it: the month's register written as .xlsx, a bad month refused."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import Session

from storage.database import open_database
from storage.legal import TransparencyRequest, Travel

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def gabinete(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "GABINETE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
               "GABINETE_CONFIG": str(tmp_path / "config.toml")}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=120)


def test_legal_report_writes_the_month_of_either_register(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    engine = open_database(f"sqlite:///{tmp_path / 'cli.db'}")
    with Session(engine) as session:
        session.add(TransparencyRequest(folio="MU042T0000790", requester="Jorge Valenzuela", subject="actas",
                                        department="secretaria_municipal", received_on=date(2026, 11, 16),
                                        counted_from=date(2026, 11, 16), due_on=date(2026, 12, 15), created_at=NOW))
        session.add(Travel(day=date(2026, 11, 10), destination="Valparaíso", purpose="Congreso", cost=180000,
                           created_at=NOW))
        session.commit()
    engine.dispose()
    transparency = gabinete(tmp_path, "legal-report", "transparencia", "--mes", "2026-11", "--out", "t.xlsx")
    assert transparency.returncode == 0 and "t.xlsx: 1 registro." in transparency.stdout
    assert load_workbook(tmp_path / "t.xlsx")["Solicitudes"]["A2"].value == "MU042T0000790"
    lobby = gabinete(tmp_path, "legal-report", "lobby", "--mes", "11-2026")
    assert lobby.returncode == 0 and "lobby-2026-11-01-2026-11-30.xlsx" in lobby.stdout
    assert load_workbook(tmp_path / "lobby-2026-11-01-2026-11-30.xlsx")["Viajes"]["B2"].value == "Valparaíso"
    refused = gabinete(tmp_path, "legal-report", "lobby", "--mes", "noviembre")
    assert refused.returncode == 2 and "mes no válido" in refused.stderr
