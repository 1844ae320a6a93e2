"""The Lobby register of a month (Ley 20.730), as the municipality publishes it: audiences with their
fields, trips and gifts, one sheet each, column names as the Lobby platform asks for them."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from openpyxl import Workbook
from sqlmodel import Session

from settings import Settings
from storage.queries.legal import audiences_between, gifts_between, travels_between
from storage.xlsx.styles import Column, Kind, Table, yes_no

AUDIENCES = (
    Column("N.º", 6, Kind.NUMBER), Column("Solicitante", 30), Column("Tipo", 16), Column("Calidad", 14),
    Column("Representa a", 30),
    Column("Materia solicitada", 40), Column("Recibida", 12, Kind.DATE), Column("Plazo respuesta", 14, Kind.DATE),
    Column("Estado", 12), Column("Respondida", 12, Kind.DATE), Column("Fecha audiencia", 14, Kind.DATE),
    Column("Lugar", 24), Column("Duración (min)", 14, Kind.NUMBER), Column("Modalidad", 16),
    Column("Asistentes", 40), Column("Remunerado", 11), Column("Materia tratada", 40),
)
TRAVELS = (Column("Fecha", 12, Kind.DATE), Column("Destino", 28), Column("Objeto", 40),
           Column("Costo ($)", 14, Kind.NUMBER), Column("Financiado por", 28))
GIFTS = (Column("Fecha", 12, Kind.DATE), Column("Donativo", 36), Column("Ocasión", 30), Column("Donante", 30))


def lobby_workbook(session: Session, settings: Settings, first: date, last: date,
                   word: Callable[[str], str]) -> tuple[bytes, int]:
    """The register from `first` to `last` (inclusive) as .xlsx bytes, and how many entries it holds; `word`
    names a stored value (status, quality, kind) as the chat does."""
    workbook = Workbook(write_only=True)
    audiences = Table(workbook, "Audiencias", AUDIENCES, settings.zone)
    for audience in audiences_between(session, first, last):
        audiences.append((audience.id, audience.applicant, word(audience.applicant_kind), word(audience.applicant_role),
                          audience.represented,
                          audience.subject, audience.received_on, audience.due_on, word(audience.status),
                          audience.answered_on, audience.held_on, audience.place, audience.duration_minutes,
                          audience.modality, audience.attendees,
                          yes_no(audience.paid) if audience.paid is not None else None, audience.matter))
    travels = Table(workbook, "Viajes", TRAVELS, settings.zone)
    for trip in travels_between(session, first, last):
        travels.append((trip.day, trip.destination, trip.purpose, trip.cost, trip.paid_by))
    gifts = Table(workbook, "Donativos", GIFTS, settings.zone)
    for gift in gifts_between(session, first, last):
        gifts.append((gift.day, gift.what, gift.occasion, gift.donor))
    for table in (audiences, travels, gifts):
        table.close()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), audiences.rows + travels.rows + gifts.rows
