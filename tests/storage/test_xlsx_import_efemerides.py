"""Importing dates to remember: date cells or Chilean text, yearly unless said otherwise, contacts linked."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from storage.database import transaction
from storage.models import Contact, Efemeride
from storage.xlsx.import_efemerides import apply_efemerides, plan_efemerides
from tests.storage.xlsx_files import xlsx_bytes

NOW = datetime(2026, 11, 22, 13, 0, tzinfo=UTC)


def workbook_bytes(rows: list[list]) -> bytes:
    return xlsx_bytes(["Efemérides de la comuna"], *rows)


def test_dates_in_every_usual_form_become_yearly_efemerides_linked_to_contacts(engine):
    with transaction(engine) as session:
        session.add(Contact(name="Ana Ruiz", updated_at=NOW))
    content = workbook_bytes([
        ["Motivo", "Fecha", "Contacto", "Saludo", "Anual"],
        ["Cumpleaños de Ana", datetime(2026, 2, 14), "ana ruiz", "Feliz cumpleaños", None],
        ["Día del Carabinero", "27-04", None, None, None],
        ["Aniversario comuna", "02-14", None, None, "sí"],
        ["Fiestas Patrias", "18 de septiembre", None, None, None],
        ["Inauguración CESFAM", "05-12-2026", None, None, "no"],
        ["Mal dato", "31-02", "Nadie", None, None],
    ])
    with transaction(engine) as session:
        plan = plan_efemerides(session, content)
        apply_efemerides(session, plan, 7, NOW)
    assert [(r.where, r.reason) for r in plan.rejected] == [
        ("fila 8", "no existe la fecha «31-02»; no hay un contacto llamado «Nadie»")]
    with Session(engine) as session:
        stored = {e.title: e for e in session.exec(select(Efemeride)).all()}
        ana = session.exec(select(Contact)).one()
    assert (stored["Cumpleaños de Ana"].month, stored["Cumpleaños de Ana"].day_of_month) == (2, 14)
    assert stored["Cumpleaños de Ana"].contact_id == ana.id and stored["Cumpleaños de Ana"].yearly
    assert (stored["Día del Carabinero"].month, stored["Día del Carabinero"].day_of_month) == (4, 27)
    assert (stored["Aniversario comuna"].month, stored["Aniversario comuna"].day_of_month) == (2, 14)
    assert (stored["Fiestas Patrias"].month, stored["Fiestas Patrias"].day_of_month) == (9, 18)
    assert stored["Inauguración CESFAM"].on_date == date(2026, 12, 5)


def test_importing_the_same_list_again_adds_nothing(sqlite_engine):
    content = workbook_bytes([["Fecha", "Título"], ["27-04", "Día del Carabinero"]])
    with transaction(sqlite_engine) as session:
        apply_efemerides(session, plan_efemerides(session, content), None, NOW)
    with Session(sqlite_engine) as session:
        again = plan_efemerides(session, content)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 1)
