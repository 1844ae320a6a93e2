"""The complaints report: every complaint in the range, and a summary per department for the mayor."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from openpyxl import Workbook
from sqlalchemy import Row, true
from sqlmodel import Session, col, select

from storage.models import Complaint, ComplaintStatus
from storage.xlsx.labels import COMPLAINT_STATUS, UNASSIGNED, department_name
from storage.xlsx.scope import Scope
from storage.xlsx.styles import Column, Kind, Table, yes_no

STATUS_TOTALS = {ComplaintStatus.NEW: "Nuevos", ComplaintStatus.IN_PROGRESS: "En curso",
                 ComplaintStatus.RESOLVED: "Resueltos", ComplaintStatus.REJECTED: "Rechazados"}
COLUMNS = (
    Column("Ticket", 14), Column("Ingreso", 17, Kind.DATETIME), Column("Departamento", 28),
    Column("Descripción", 60), Column("Vecino", 25), Column("Teléfono", 16), Column("Correo", 28),
    Column("Dirección", 30), Column("Estado", 11), Column("Plazo", 12, Kind.DATE), Column("Cierre", 17, Kind.DATETIME),
    Column("Atrasado", 10),
)
FETCHED = ("ticket", "created_at", "department", "description", "citizen", "phone", "email", "address", "status",
           "due_date", "closed_at")
"""Plain rows rather than ORM objects: half the loading time of a 50,000-row report."""
SUMMARY_COLUMNS = (
    Column("Departamento", 34),
    *(Column(header, 11, Kind.NUMBER) for header in STATUS_TOTALS.values()),
    Column("Total", 9, Kind.NUMBER), Column("Atrasados", 11, Kind.NUMBER),
    Column("Cerrados a tiempo", 18, Kind.NUMBER), Column("% a tiempo", 11, Kind.PERCENT),
)


@dataclass
class Tally:
    """Counts for one department, gathered while the detail rows stream past."""

    statuses: Counter[str] = field(default_factory=Counter)
    overdue: int = 0
    on_time: int = 0

    @property
    def closed(self) -> int:
        return self.statuses[ComplaintStatus.RESOLVED] + self.statuses[ComplaintStatus.REJECTED]

    def add(self, other: Tally) -> None:
        self.statuses.update(other.statuses)
        self.overdue += other.overdue
        self.on_time += other.on_time

    def row(self, label: str) -> tuple:
        share = self.on_time / self.closed if self.closed else None
        return (label, *(self.statuses[status] for status in STATUS_TOTALS), sum(self.statuses.values()),
                self.overdue, self.on_time, share)


def write_complaints(workbook: Workbook, session: Session, scope: Scope) -> int:
    summary = Table(workbook, "Resumen", SUMMARY_COLUMNS, scope.zone)
    detail = Table(workbook, "Reclamos", COLUMNS, scope.zone)
    tallies: defaultdict[str | None, Tally] = defaultdict(Tally)
    query = (select(*(getattr(Complaint, name) for name in FETCHED))
             .where(col(Complaint.deleted_at).is_(None), scope.instants(Complaint.created_at))
             .where(col(Complaint.department) == scope.department if scope.department else true())
             .order_by(col(Complaint.created_at), col(Complaint.id)))
    names = {department.code: department.name for department in scope.settings.departments}
    for complaint in session.exec(query.execution_options(yield_per=2000)):
        overdue = _tally(tallies[complaint.department], complaint, scope)
        name = names.get(complaint.department) or department_name(scope.settings, complaint.department)
        detail.append((complaint.ticket, complaint.created_at, name,
                       complaint.description, complaint.citizen, complaint.phone, complaint.email,
                       complaint.address,
                       COMPLAINT_STATUS.get(complaint.status, complaint.status), complaint.due_date,
                       complaint.closed_at, yes_no(overdue)))
    detail.close()
    _write_summary(summary, tallies, scope)
    return detail.rows


def _tally(tally: Tally, complaint: Row, scope: Scope) -> bool:
    """Count one complaint; True when it is open past its due date.

    A closed complaint is on time when its local closing day is not after the due date (one
    without a due date had no deadline to miss).
    """
    status = ComplaintStatus(complaint.status)
    tally.statuses[status] += 1
    if status.is_open:
        overdue = complaint.due_date is not None and complaint.due_date < scope.today
        tally.overdue += overdue
        return overdue
    if complaint.closed_at is not None and (
            complaint.due_date is None or scope.local_day(complaint.closed_at) <= complaint.due_date):
        tally.on_time += 1
    return False


def _write_summary(summary: Table, tallies: dict[str | None, Tally], scope: Scope) -> None:
    """Every configured department (zeros too, so a quiet one is seen), then codes no longer configured."""
    total = Tally()
    configured = [department.code for department in scope.settings.departments]
    others = sorted((code for code in tallies if code not in configured), key=lambda code: code or "")
    for code in [*configured, *others]:
        tally = tallies.get(code, Tally())
        total.add(tally)
        summary.append(tally.row(department_name(scope.settings, code) if code else UNASSIGNED))
    summary.append(total.row("Total"), bold=True)
    summary.close()
