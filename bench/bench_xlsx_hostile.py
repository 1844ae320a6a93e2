"""Hostile workbooks: how long refusing each takes, and the reader's peak memory while it does.

The files are the issue's probe (a million repeated rows, ten million shared strings, a merge over
the whole sheet, a 500 MB string, an encrypted workbook), each a few hundred KB or less. Each is
read in a fresh interpreter, as the bot's child reader does, so its peak (VmHWM) is its own. The
baseline, in the same run, is that reader on an ordinary 5,000-row contact list. Targets: each
refused in < 2 s with a peak < 200 MB (before the limits: 37-96 s and 1-6 GB, or killed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from settings.model import ImportSettings
from storage.xlsx.reading import ImportFileError, read_workbook
from tests.storage import hostile_xlsx
from tests.storage.xlsx_files import xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent
FILES: dict[str, Callable[[], bytes]] = {
    "1M filas repetidas": lambda: hostile_xlsx.repeated_rows(1_000_000),
    "10M textos compartidos": lambda: hostile_xlsx.many_shared_strings(10_000_000),
    "3M textos compartidos (bajo el límite de tamaño)": lambda: hostile_xlsx.many_shared_strings(3_000_000),
    "combinación A2:XFD1048576": hostile_xlsx.whole_sheet_merge,
    "texto de 500 MB": lambda: hostile_xlsx.huge_string(500_000_000),
    "celda de 40.000 caracteres": lambda: hostile_xlsx.huge_string(40_000),
    "cifrada con contraseña": hostile_xlsx.encrypted,
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "contactos.xlsx"
        base.write_bytes(xlsx_bytes(["Nombre", "Cargo", "Teléfono"],
                                    *([f"Persona {n}", "Director", 900000000 + n] for n in range(5_000))))
        baseline = _measure(base)
        print(f"línea base, lista de 5.000 contactos aceptada: {baseline['seconds']:.2f} s, "
              f"{baseline['peak_mb']:.0f} MB pico")
        for name, build in FILES.items():
            path = Path(folder) / "hostil.xlsx"
            path.write_bytes(build())
            figures = _measure(path)
            size = f"{path.stat().st_size / 1024:,.0f}".replace(",", ".")
            print(f"{name} ({size} KB): rechazada en {figures['seconds']:.2f} s "
                  f"(objetivo < 2 s), {figures['peak_mb']:.0f} MB pico (objetivo < 200 MB; "
                  f"{figures['peak_mb'] / baseline['peak_mb']:.1f}x la línea base) — {figures['said'][:70]}")


def _measure(path: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "bench.bench_xlsx_hostile", str(path)], capture_output=True,
                            text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _read(path: str) -> dict:
    content = Path(path).read_bytes()
    started = time.perf_counter()
    try:
        read_workbook(content, ImportSettings())
        said = "aceptada"
    except ImportFileError as error:
        said = str(error)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": _peak_mb(), "said": said}


def _peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


if __name__ == "__main__":
    print(json.dumps(_read(sys.argv[1])))
