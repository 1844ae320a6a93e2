"""The precedence list of a ceremony as a workbook: the guests in order, with their answer."""

from __future__ import annotations

import io
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from storage.ceremonies import GUEST_STATUS_NAMES, CeremonyGuest, GuestStatus
from storage.xlsx.styles import Column, Kind, Table

COLUMNS = (
    Column("Orden", 8, Kind.NUMBER), Column("Rango", 8, Kind.NUMBER), Column("Nombre", 30), Column("Cargo", 30),
    Column("Institución", 30), Column("Respuesta", 22), Column("Representante", 30),
)


def precedence_workbook(rows: Sequence[tuple[int, CeremonyGuest]], zone: ZoneInfo) -> bytes:
    """`rows` are (rank, guest) already in order of precedence."""
    workbook = Workbook(write_only=True)
    table = Table(workbook, "Precedencia", COLUMNS, zone)
    for order, (rank, guest) in enumerate(rows, start=1):
        table.append((order, rank, guest.name, guest.post, guest.institution,
                      GUEST_STATUS_NAMES[GuestStatus(guest.status)], guest.representative))
    table.close()
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
