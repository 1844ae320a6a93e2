"""The plain list sheets: the agenda, the protocol contacts and the efemérides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from openpyxl import Workbook
from sqlmodel import Session, col, select

from storage.models import Contact, Efemeride, Event
from storage.xlsx.labels import LEVELS
from storage.xlsx.scope import Scope
from storage.xlsx.styles import Column, Kind, Table, yes_no

STREAM = {"yield_per": 1000}

AGENDA_COLUMNS = (
    Column("Día", 12, Kind.DATE), Column("Inicio", 17, Kind.DATETIME), Column("Término", 17, Kind.DATETIME),
    Column("Actividad", 45), Column("Lugar", 30), Column("Notas", 40),
)
CONTACT_COLUMNS = (
    Column("Nombre", 30), Column("Tratamiento", 14), Column("Cargo", 30), Column("Institución", 30),
    Column("Nivel", 11), Column("Precedencia", 12, Kind.NUMBER), Column("Teléfono", 16), Column("Correo", 30),
    Column("Asistente", 25), Column("Teléfono asistente", 18), Column("Dirección", 30),
    Column("Cumpleaños", 12, Kind.DATE), Column("Observaciones", 40),
)
EFEMERIDE_COLUMNS = (
    Column("Fecha", 12, Kind.DATE), Column("Anual", 8), Column("Título", 40), Column("Contacto", 30),
    Column("Saludo", 50),
)


def write_agenda(workbook: Workbook, session: Session, scope: Scope) -> int:
    table = Table(workbook, "Agenda", AGENDA_COLUMNS, scope.zone)
    query = (select(Event).where(col(Event.deleted_at).is_(None), scope.days(Event.day))
             .order_by(col(Event.day), col(Event.start_at).nulls_first(), col(Event.id)))
    for event in session.exec(query.execution_options(**STREAM)):
        table.append((event.day, event.start_at, event.end_at, event.title, event.place, event.notes))
    table.close()
    return table.rows


def write_contacts(workbook: Workbook, session: Session, scope: Scope) -> int:
    """Every contact, in protocol order; the day range does not apply to a directory."""
    table = Table(workbook, "Contactos", CONTACT_COLUMNS, scope.zone)
    query = (select(Contact).where(col(Contact.deleted_at).is_(None))
             .order_by(col(Contact.precedence).nulls_last(), col(Contact.name), col(Contact.id)))
    for contact in session.exec(query.execution_options(**STREAM)):
        table.append((contact.name, contact.treatment, contact.role, contact.institution,
                      LEVELS.get(contact.level, contact.level) if contact.level else None, contact.precedence,
                      contact.phone, contact.email, contact.assistant_name, contact.assistant_phone,
                      contact.address, contact.birthday, contact.notes))
    table.close()
    return table.rows


def write_efemerides(workbook: Workbook, session: Session, scope: Scope) -> int:
    """Each occurrence in the range (a yearly date may fall twice in a long range), by date."""
    names = dict(session.exec(select(Contact.id, Contact.name)).all())
    occurrences = sorted(
        ((day, efemeride) for efemeride in session.exec(select(Efemeride).where(col(Efemeride.deleted_at).is_(None)))
         for day in _occurrences(efemeride, scope)),
        key=lambda pair: (pair[0], pair[1].id or 0))
    table = Table(workbook, "Efemérides", EFEMERIDE_COLUMNS, scope.zone)
    for day, efemeride in occurrences:
        table.append((day, yes_no(efemeride.yearly), efemeride.title, names.get(efemeride.contact_id),
                      efemeride.greeting))
    table.close()
    return table.rows


def _occurrences(efemeride: Efemeride, scope: Scope) -> Iterator[date]:
    """A dated efeméride once; a yearly one in every year of the range, or its next date when the range is open."""
    if efemeride.on_date is not None:
        if scope.covers(efemeride.on_date):
            yield efemeride.on_date
        return
    if scope.date_to is None:
        yield _next_yearly(efemeride, scope.date_from or scope.today)
        return
    start = scope.date_from or date(scope.date_to.year, 1, 1)
    for year in range(start.year, scope.date_to.year + 1):
        day = _yearly_day(efemeride, year)
        if day is not None and scope.covers(day):
            yield day


def _next_yearly(efemeride: Efemeride, today: date) -> date:
    for year in range(today.year, today.year + 9):
        day = _yearly_day(efemeride, year)
        if day is not None and day >= today:
            return day
    raise ValueError(f"efeméride {efemeride.id} sin fecha válida")


def _yearly_day(efemeride: Efemeride, year: int) -> date | None:
    """29 February exists only in leap years; the efeméride is simply absent in the others."""
    try:
        return date(year, efemeride.month, efemeride.day_of_month)
    except ValueError:
        return None
