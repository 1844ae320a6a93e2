"""The monthly transparency report for the transparency officer: every request received in the period
with its dates, the working days it took, its outcome, and the share answered on time per unit.

"On time" is closed (answered, derived, withdrawn, inadmissible) on or before its due day, extended or
not; a request still open past its due day counts as late, an open one within its deadline as neither,
so the percentage is of the requests whose timeliness is already decided.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook
from sqlmodel import Session

from settings import Settings
from storage.legal import CLOSED, TransparencyRequest, TransparencyStatus
from storage.queries.legal import requests_listed
from storage.xlsx.styles import Column, Kind, Table

COLUMNS = (
    Column("Folio", 18), Column("Solicitante", 28), Column("Canal", 14), Column("Materia", 50),
    Column("Unidad", 28), Column("Recibida", 12, Kind.DATE), Column("Cuenta desde", 13, Kind.DATE),
    Column("Vence", 12, Kind.DATE), Column("Prorrogada", 12, Kind.DATE), Column("Estado", 24),
    Column("Resultado", 22), Column("Causal art. 21", 24), Column("Derivada a", 24), Column("Terceros", 24),
    Column("Cerrada", 12, Kind.DATE), Column("Días hábiles", 12, Kind.NUMBER), Column("A tiempo", 10),
)
SUMMARY = (
    Column("Unidad", 34), Column("Solicitudes", 12, Kind.NUMBER), Column("Cerradas", 10, Kind.NUMBER),
    Column("Abiertas", 10, Kind.NUMBER), Column("Vencidas", 10, Kind.NUMBER), Column("A tiempo", 10, Kind.NUMBER),
    Column("% a tiempo", 11, Kind.PERCENT),
)


@dataclass(frozen=True)
class Words:
    """How the report names what it shows, given by the caller so chat and Excel say the same."""

    status: Callable[[str], str]
    outcome: Callable[[str | None], str]
    channel: Callable[[str], str]
    taken: Callable[[date, date], int]
    """Working days from the count's start to a day."""


@dataclass
class Tally:
    total: int = 0
    closed: int = 0
    late: int = 0
    on_time: int = 0

    def row(self, unit: str) -> tuple:
        decided = self.on_time + self.late
        share = self.on_time / decided if decided else None
        return (unit, self.total, self.closed, self.total - self.closed, self.late, self.on_time, share)


def transparency_workbook(session: Session, settings: Settings, first: date, last: date, today: date,
                          words: Words) -> tuple[bytes, int]:
    """The report of requests received from `first` to `last` (inclusive), as .xlsx bytes, and its row count."""
    workbook = Workbook(write_only=True)
    summary = Table(workbook, "Resumen por unidad", SUMMARY, settings.zone)
    detail = Table(workbook, "Solicitudes", COLUMNS, settings.zone)
    tallies: defaultdict[str, Tally] = defaultdict(Tally)
    requests = requests_listed(session, tuple(TransparencyStatus), received_from=first, received_to=last)
    for request in sorted(requests, key=lambda r: (r.received_on, r.id or 0)):
        unit = _unit(settings, request.department)
        on_time = _on_time(request, today)
        _count(tallies[unit], request, on_time)
        end = request.closed_on or (today if request.status not in CLOSED else None)
        detail.append((request.folio, request.requester, words.channel(request.channel), request.subject, unit,
                       request.received_on, request.counted_from, request.due_on, request.extended_on,
                       words.status(request.status), words.outcome(request.outcome), request.causal,
                       request.derived_to, request.third_parties, request.closed_on,
                       words.taken(request.counted_from, end) if end else None,
                       {True: "Sí", False: "No", None: ""}[on_time]))
    total = Tally()
    for unit in sorted(tallies):
        summary.append(tallies[unit].row(unit))
        for name in ("total", "closed", "late", "on_time"):
            setattr(total, name, getattr(total, name) + getattr(tallies[unit], name))
    summary.append(total.row("Total"), bold=True)
    summary.close()
    detail.close()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), detail.rows


def _unit(settings: Settings, code: str | None) -> str:
    department = settings.department(code)
    return department.name if department else (code or "Sin unidad")


def _on_time(request: TransparencyRequest, today: date) -> bool | None:
    """True or False once it is closed or past due; None while it is open and still within its deadline."""
    if request.status in CLOSED and request.closed_on is not None:
        return request.closed_on <= request.due_on
    return False if today > request.due_on else None


def _count(tally: Tally, request: TransparencyRequest, on_time: bool | None) -> None:
    tally.total += 1
    tally.closed += request.status in CLOSED
    tally.late += on_time is False
    tally.on_time += on_time is True
