"""The monthly reports reopened with openpyxl, on SQLite and PostgreSQL: transparency (every request of the
month with its dates, working days taken, outcome, the on-time share per unit) and the Lobby register."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from openpyxl import load_workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.context import Actor, Context
from handlers.lobby import HANDLERS as LOBBY
from handlers.transparency import HANDLERS
from settings import Role, Settings
from storage.legal import Audience, Gift, TransparencyRequest, Travel

NOW = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def request(folio: str, department: str, received: date, due: date, status: str = "recibida",
            closed: date | None = None, outcome: str | None = None, causal: str | None = None) -> TransparencyRequest:
    return TransparencyRequest(folio=folio, requester=f"Solicitante {folio}", subject="contratos",
                               department=department, received_on=received, counted_from=received, due_on=due,
                               status=status,
                               closed_on=closed, outcome=outcome, causal=causal, created_at=NOW)


def test_the_monthly_report_lists_the_month_and_the_on_time_share_per_unit(engine: Engine) -> None:
    with Session(engine) as session:
        session.add_all([
            request("A1", "aseo", date(2026, 12, 2), date(2027, 1, 4), "respondida", date(2026, 12, 30), "entregada"),
            request("A2", "aseo", date(2026, 12, 3), date(2027, 1, 5), "respondida", date(2027, 1, 6), "denegada",
                    "art. 21 n° 1"),
            request("O1", "obras", date(2026, 12, 10), date(2027, 1, 12)),
            request("N1", "obras", date(2026, 11, 30), date(2026, 12, 29)),  # November: not in the report
        ])
        session.commit()
        ctx = Context(session=session, actor=Actor(1, "Ana", Role.ADMIN), now=NOW, settings=Settings())
        reply = HANDLERS["transparency.export"](ctx, {"date_from": date(2026, 12, 1), "date_to": date(2026, 12, 31)})
    [attachment] = reply.attachments
    assert attachment.filename.endswith(".xlsx") and "3 solicitudes" in reply.text
    workbook = load_workbook(io.BytesIO(attachment.content))
    detail = list(workbook["Solicitudes"].iter_rows(values_only=True))
    header = detail[0]
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in detail[1:]}
    assert set(rows) == {"A1", "A2", "O1"}
    assert rows["A1"]["Vence"] == datetime(2027, 1, 4) and rows["A1"]["Días hábiles"] == 18
    assert (rows["A1"]["Resultado"], rows["A1"]["A tiempo"]) == ("entregada", "Sí")
    assert (rows["A2"]["Resultado"], rows["A2"]["Causal art. 21"], rows["A2"]["A tiempo"]) == \
        ("denegada", "art. 21 n° 1", "No")
    assert rows["O1"]["A tiempo"] == "No" and rows["O1"]["Estado"] == "recibida"  # open, past its day
    summary = {row[0]: row for row in workbook["Resumen por unidad"].iter_rows(min_row=2, values_only=True)}
    assert summary["Aseo y Ornato"][1:] == (2, 2, 0, 1, 1, 0.5)
    assert summary["Dirección de Obras Municipales"][1:] == (1, 0, 1, 1, 0, 0)
    assert summary["Total"][1] == 3


def test_the_monthly_lobby_register_holds_audiences_trips_and_gifts(engine: Engine) -> None:
    with Session(engine) as session:
        session.add_all([
            Audience(applicant="Constructora Andes", applicant_role="lobbista", applicant_kind="entidad",
                     represented="Mall del Valle",
                     subject="proyecto del mall", received_on=date(2026, 11, 2), due_on=date(2026, 11, 5),
                     status="realizada", answered_on=date(2026, 11, 3), held_on=date(2026, 11, 10),
                     place="despacho", duration_minutes=45, modality="presencial", attendees="Juan Pérez, Ana Díaz",
                     paid=True, matter="uso de suelo del mall", created_at=NOW),
            Audience(applicant="Vecinos Villa Sol", subject="plaza", received_on=date(2026, 10, 28),
                     due_on=date(2026, 11, 2), created_at=NOW),  # October: not in November's register
            Travel(day=date(2026, 11, 12), destination="Valparaíso", purpose="Congreso", cost=180000,
                   paid_by="Municipalidad", created_at=NOW),
            Gift(day=date(2026, 11, 20), what="un libro", occasion="visita del embajador", donor="Embajada de Japón",
                 created_at=NOW),
        ])
        session.commit()
        ctx = Context(session=session, actor=Actor(1, "Ana", Role.ADMIN), now=NOW, settings=Settings())
        reply = LOBBY["lobby.export"](ctx, {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)})
    [attachment] = reply.attachments
    workbook = load_workbook(io.BytesIO(attachment.content))
    header, *rows = list(workbook["Audiencias"].iter_rows(values_only=True))
    [audience] = [dict(zip(header, row, strict=True)) for row in rows]
    assert (audience["Solicitante"], audience["Tipo"], audience["Calidad"], audience["Representa a"]) == \
        ("Constructora Andes", "persona jurídica", "lobbista", "Mall del Valle")
    assert (audience["Fecha audiencia"], audience["Duración (min)"], audience["Modalidad"], audience["Remunerado"]) == \
        (datetime(2026, 11, 10), 45, "presencial", "Sí")
    assert audience["Asistentes"] == "Juan Pérez, Ana Díaz" and audience["Materia tratada"] == "uso de suelo del mall"
    assert list(workbook["Viajes"].iter_rows(min_row=2, values_only=True)) == \
        [(datetime(2026, 11, 12), "Valparaíso", "Congreso", 180000, "Municipalidad")]
    assert list(workbook["Donativos"].iter_rows(min_row=2, values_only=True)) == \
        [(datetime(2026, 11, 20), "un libro", "visita del embajador", "Embajada de Japón")]
