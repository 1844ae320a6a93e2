"""Reports reopened as the office would open them: headers, real dates, text phones, filters, summaries."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from settings import Settings
from storage.database import transaction
from storage.models import Complaint, Contact, Efemeride, Event, Invitation
from storage.xlsx.export import export_workbook

SANTIAGO = ZoneInfo("America/Santiago")
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=SANTIAGO)


def complaint(number: int, department: str | None, status: str, due: date, created: datetime,
              closed: datetime | None = None, deleted: bool = False) -> Complaint:
    return Complaint(ticket=f"R-2026-{number:04d}", description=f"reclamo {number}", department=department,
                     status=status, due_date=due, created_at=created, closed_at=closed, phone="+56987654321",
                     email=f"vecino{number}@gmail.com",
                     deleted_at=NOW if deleted else None)


@pytest.fixture
def stored(engine):
    nov = datetime(2026, 11, 3, 9, 30, tzinfo=SANTIAGO)
    with transaction(engine) as session:
        session.add_all([
            complaint(1, "aseo", "new", date(2026, 11, 10), nov),                      # overdue
            complaint(2, "aseo", "resolved", date(2026, 11, 10), nov, closed=datetime(2026, 11, 10, 23, 0,
                                                                                       tzinfo=SANTIAGO)),
            complaint(3, "aseo", "rejected", date(2026, 11, 10), nov, closed=datetime(2026, 11, 12, tzinfo=UTC)),
            complaint(4, "obras", "in_progress", date(2026, 12, 1), nov),
            complaint(5, "obras", "new", date(2026, 12, 1), nov, deleted=True),
            complaint(6, "aseo", "new", date(2026, 10, 1), datetime(2026, 10, 1, 9, tzinfo=SANTIAGO)),
            Invitation(title="Aniversario", received_at=nov, day=date(2026, 11, 28), status="accepted"),
            Invitation(title="Feria", received_at=nov, day=date(2026, 11, 29), status="declined"),
            Invitation(title="Cena", received_at=nov, day=date(2026, 12, 5), status="pending"),
            Event(title="Consejo", day=date(2026, 11, 24), start_at=datetime(2026, 11, 24, 12, tzinfo=UTC),
                  created_at=nov),
            Contact(name="Ana Ruiz", phone="+56912345678", birthday=date(1970, 2, 14), precedence=2, updated_at=nov),
            Efemeride(title="Día del Carabinero", month=4, day_of_month=27, created_at=nov),
        ])
    return engine


def export(engine, what, first=None, last=None):
    from sqlmodel import Session

    with Session(engine) as session:
        exported = export_workbook(session, Settings(), what, first, last, NOW)
    return exported, load_workbook(io.BytesIO(exported.content))


def test_complaints_sheet_has_frozen_bold_filtered_header_and_real_dates(stored):
    exported, workbook = export(stored, "reclamos", date(2026, 11, 1), date(2026, 11, 30))
    sheet = workbook["Reclamos"]
    assert exported.rows == 4 and exported.filename == "reclamos-2026-11-22.xlsx"
    assert [cell.value for cell in sheet[1]][:4] == ["Ticket", "Ingreso", "Departamento", "Descripción"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:L5"
    assert sheet["B2"].value == datetime(2026, 11, 3, 9, 30) and sheet["B2"].number_format == "dd-mm-yyyy hh:mm"
    assert sheet["J2"].value == datetime(2026, 11, 10) and sheet["J2"].number_format == "dd-mm-yyyy"
    assert sheet["F2"].value == "+56987654321" and sheet["F2"].data_type == "s"
    assert sheet["G1"].value == "Correo" and sheet["G2"].value == "vecino1@gmail.com"
    assert sheet["C2"].value == "Aseo y Ornato"
    assert sheet.column_dimensions["D"].width == 60
    assert "R-2026-0005" not in [row[0] for row in sheet.iter_rows(values_only=True)]


def test_complaints_summary_counts_statuses_overdue_and_share_on_time(stored):
    _, workbook = export(stored, "reclamos", date(2026, 11, 1), date(2026, 11, 30))
    rows = {row[0]: row[1:] for row in workbook["Resumen"].iter_rows(min_row=2, values_only=True)}
    # Nuevos, En curso, Resueltos, Rechazados, Total, Atrasados, Cerrados a tiempo, % a tiempo
    assert rows["Aseo y Ornato"] == (1, 0, 1, 1, 3, 1, 1, 0.5)
    assert rows["Dirección de Obras Municipales"] == (0, 1, 0, 0, 1, 0, 0, None)
    assert rows["Medio Ambiente"] == (0, 0, 0, 0, 0, 0, 0, None)
    assert rows["Total"] == (1, 1, 1, 1, 4, 1, 1, 0.5)
    assert workbook["Resumen"]["I2"].number_format == "0%"


def test_invitations_summary_counts_answers_per_month(stored):
    exported, workbook = export(stored, "invitaciones")
    assert exported.rows == 3
    summary = list(workbook["Resumen"].iter_rows(min_row=2, values_only=True))
    assert summary == [(datetime(2026, 11, 1), 1, 1, 0, 0, 2), (datetime(2026, 12, 1), 0, 0, 0, 1, 1),
                       ("Total", 1, 1, 0, 1, 3)]
    assert workbook["Invitaciones"]["H2"].value == "Aceptada"


def test_agenda_shows_instants_as_local_wall_time(stored):
    _, workbook = export(stored, "agenda", date(2026, 11, 23), date(2026, 11, 29))
    sheet = workbook["Agenda"]
    assert sheet["A2"].value == datetime(2026, 11, 24) and sheet["B2"].value == datetime(2026, 11, 24, 9, 0)


def test_contacts_and_efemerides_sheets(stored):
    _, contacts = export(stored, "contactos")
    row = [cell.value for cell in contacts["Contactos"][2]]
    assert row[0] == "Ana Ruiz" and row[6] == "+56912345678" and row[11] == datetime(1970, 2, 14)
    _, efemerides = export(stored, "efemerides")
    assert [cell.value for cell in efemerides["Efemérides"][2]][:3] == [datetime(2027, 4, 27), "Sí",
                                                                         "Día del Carabinero"]


def test_text_starting_with_equals_is_not_a_formula(sqlite_engine):
    with transaction(sqlite_engine) as session:
        record = complaint(1, None, "new", date(2026, 12, 1), NOW)
        record.description = "=1+1"
        session.add(record)
    _, workbook = export(sqlite_engine, "reclamos")
    assert workbook["Reclamos"]["D2"].value == "=1+1" and workbook["Reclamos"]["D2"].data_type == "s"
    assert workbook["Reclamos"]["C2"].value == "Sin asignar"


def test_text_that_reads_like_an_excel_error_stays_text(sqlite_engine):
    with transaction(sqlite_engine) as session:
        record = complaint(1, "aseo", "new", date(2026, 12, 1), NOW)
        record.description, record.address = "#N/A", "Pasaje 4\r\nBlock B"
        session.add(record)
    _, workbook = export(sqlite_engine, "reclamos")
    cell = workbook["Reclamos"]["D2"]
    assert cell.value == "#N/A" and cell.data_type == "s"
    assert workbook["Reclamos"]["H2"].value == "Pasaje 4\r\nBlock B"


def test_characters_xml_cannot_hold_are_dropped_and_the_rest_kept(sqlite_engine):
    with transaction(sqlite_engine) as session:
        record = complaint(1, "aseo", "new", date(2026, 12, 1), NOW)
        record.description = "Basura\x07 en la esquina\ufffe\uffff 🗑️"
        session.add(record)
    _, workbook = export(sqlite_engine, "reclamos")
    assert workbook["Reclamos"]["D2"].value == "Basura en la esquina 🗑️"
