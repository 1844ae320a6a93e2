"""One entry for every report: pick the kind, stream its sheets into a workbook, hand back the bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from openpyxl import Workbook
from sqlmodel import Session

from settings import Settings
from storage.xlsx.complaints_sheet import write_complaints
from storage.xlsx.invitations_sheet import write_invitations
from storage.xlsx.listings import write_agenda, write_contacts, write_efemerides
from storage.xlsx.scope import Scope

Writer = Callable[[Workbook, Session, Scope], int]
EXPORTS: dict[str, Writer] = {
    "agenda": write_agenda,
    "invitaciones": write_invitations,
    "contactos": write_contacts,
    "reclamos": write_complaints,
    "efemerides": write_efemerides,
}
"""The report kinds, by the Spanish name the CLI and the files use."""


@dataclass(frozen=True)
class Exported:
    what: str
    content: bytes
    rows: int
    filename: str


def export_workbook(session: Session, settings: Settings, what: str, date_from: date | None = None,
                    date_to: date | None = None, now: datetime | None = None,
                    department: str | None = None) -> Exported:
    """The `what` report (a key of EXPORTS) for the inclusive local day range, as .xlsx bytes.

    `now` fixes "today" (overdue complaints, the file name, next efemérides); it defaults to the clock.
    `department` keeps a report that can (complaints) to one department.
    """
    if what not in EXPORTS:
        raise ValueError(f"unknown export {what!r}")
    scope = Scope(settings, date_from, date_to, now or datetime.now(UTC), department)
    workbook = Workbook(write_only=True)
    rows = EXPORTS[what](workbook, session, scope)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return Exported(what, buffer.getvalue(), rows, default_filename(what, scope.today))


def default_filename(what: str, today: date) -> str:
    return f"{what}-{today.isoformat()}.xlsx"
