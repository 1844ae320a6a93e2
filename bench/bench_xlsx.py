"""Excel at office scale: a 50,000-complaint report and a 5,000-row contact list.

Each measurement runs in its own process so its peak memory (VmHWM) is its own. The baseline,
in the same run, does the same rows with the stdlib csv module: the figure is how many times the
Excel work costs over that. Targets: export < 10 s and < 200 MB; import < 5 s.
"""

from __future__ import annotations

import csv
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session, col, select

from settings import Settings
from storage.database import open_database, transaction
from storage.models import Complaint
from storage.xlsx.export import export_workbook
from storage.xlsx.importers import IMPORTERS

COMPLAINTS = 50_000
CONTACTS = 5_000
NOW = datetime(2026, 11, 22, 13, 0, tzinfo=UTC)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = f"sqlite:///{root / 'bench.db'}"
        _fill_complaints(database)
        (root / "contacts.xlsx").write_bytes(_contact_list())
        (root / "contacts.csv").write_text(_contact_csv(), encoding="utf-8")
        export = _measure("export", database)
        export_csv = _measure("export-csv", database)
        print(f"export {COMPLAINTS} reclamos: {export['seconds']:.2f} s (objetivo < 10 s), "
              f"{export['peak_mb']:.0f} MB pico (objetivo < 200 MB), {export['bytes'] / 1e6:.1f} MB de archivo")
        print(f"  csv de las mismas filas: {export_csv['seconds']:.2f} s, {export_csv['peak_mb']:.0f} MB "
              f"→ xlsx/csv = {export['seconds'] / export_csv['seconds']:.1f}x tiempo")
        fresh = _measure("import", f"sqlite:///{root / 'import.db'}", str(root / "contacts.xlsx"))
        again = _measure("import", f"sqlite:///{root / 'import.db'}", str(root / "contacts.xlsx"))
        import_csv = _measure("import-csv", "", str(root / "contacts.csv"))
        print(f"import {CONTACTS} contactos nuevos: {fresh['seconds']:.2f} s (objetivo < 5 s), "
              f"{fresh['added']} agregados; reimportación: {again['seconds']:.2f} s, {again['unchanged']} sin cambios")
        print(f"  lectura csv de las mismas filas: {import_csv['seconds']:.3f} s "
              f"→ xlsx/csv = {fresh['seconds'] / import_csv['seconds']:.0f}x tiempo")


def _measure(task: str, *args: str) -> dict:
    """Run one task in a fresh interpreter and read back its figures."""
    result = subprocess.run([sys.executable, "-m", "bench.bench_xlsx", task, *args], capture_output=True,
                            text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _fill_complaints(url: str) -> None:
    engine = open_database(url)
    codes = [department.code for department in Settings().departments]
    statuses = ["new", "in_progress", "resolved", "rejected"]
    rng = random.Random(7)
    rows = []
    for number in range(1, COMPLAINTS + 1):
        created = NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 300))
        status = rng.choice(statuses)
        rows.append({"ticket": f"R-2026-{number:05d}", "description": f"Reclamo {number} por basura en la vereda",
                     "department": rng.choice(codes), "citizen": "Vecina Pérez", "phone": "+56987654321",
                     "address": f"Pasaje {number % 300}", "status": status,
                     "due_date": created.date() + timedelta(days=10), "created_at": created,
                     "closed_at": created + timedelta(days=rng.randint(1, 20)) if status in statuses[2:] else None})
    with transaction(engine) as session:
        session.connection().execute(Complaint.__table__.insert(), rows)
    engine.dispose()


def _contact_rows() -> list[list]:
    return [[f"Autoridad {number}", f"Institución {number % 400}", "Director", 900000000 + number,
             f"persona{number}@municipio.cl", "Regional", f"{number % 28 + 1:02d}-03-1975"]
            for number in range(CONTACTS)]


CONTACT_HEADER = ["Nombre", "Institución", "Cargo", "Celular", "Correo", "Nivel", "Fecha de nacimiento"]


def _contact_list() -> bytes:
    workbook = Workbook()
    workbook.active.append(["Directorio"])
    workbook.active.append(CONTACT_HEADER)
    for row in _contact_rows():
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _contact_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CONTACT_HEADER)
    writer.writerows(_contact_rows())
    return buffer.getvalue()


def _task(task: str, args: list[str]) -> dict:
    started = time.perf_counter()
    figures: dict = {}
    if task == "export":
        engine = open_database(args[0])
        with Session(engine) as session:
            exported = export_workbook(session, Settings(), "reclamos", now=NOW)
        figures = {"rows": exported.rows, "bytes": len(exported.content)}
    elif task == "export-csv":
        engine = open_database(args[0])
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        with Session(engine) as session:
            query = select(Complaint).order_by(col(Complaint.created_at)).execution_options(yield_per=2000)
            for c in session.exec(query):
                writer.writerow((c.ticket, c.created_at, c.department, c.description, c.citizen, c.phone, c.address,
                                 c.status, c.due_date, c.closed_at))
        figures = {"bytes": len(buffer.getvalue())}
    elif task == "import":
        engine = open_database(args[0])
        importer = IMPORTERS["contactos"]
        with transaction(engine) as session:
            plan = importer.plan(session, Path(args[1]).read_bytes())
            importer.apply(session, plan, None, NOW)
        figures = {"added": len(plan.added), "unchanged": plan.unchanged, "rejected": len(plan.rejected)}
    elif task == "import-csv":
        with open(args[1], encoding="utf-8", newline="") as handle:
            figures = {"rows": sum(1 for _ in csv.reader(handle))}
    figures["seconds"] = time.perf_counter() - started
    figures["peak_mb"] = _peak_mb()
    return figures


def _peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss where /proc has better: Linux carries a parent's
    ru_maxrss at fork into the child, so every task reported the bench's own 142 MB of generated rows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(json.dumps(_task(sys.argv[1], sys.argv[2:]), default=str))
    else:
        main()
